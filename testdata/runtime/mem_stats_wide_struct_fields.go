package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC >= 2, m.NumForcedGC, m.EnableGC, m.DebugGC, len(m.PauseNs))
	last := m.PauseNs[(m.NumGC+255)%256]
	fmt.Println(last > 0, last <= m.PauseTotalNs)
	p := &m
	p.NumForcedGC = 99
	fmt.Println(m.NumForcedGC, p.PauseNs[300%256] == m.PauseNs[44])
}

// Output:
// true 2 true false 256
// true true
// 99 true
