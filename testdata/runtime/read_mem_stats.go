package main

import (
	"fmt"
	"runtime"
)

type node struct{ next *node }

func main() {
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var keep *node
	for i := 0; i < 100000; i++ {
		keep = &node{keep}
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	fmt.Println(after.Mallocs-before.Mallocs >= 100000, after.NumGC > before.NumGC, after.NumForcedGC, after.HeapObjects >= 100000)
	fmt.Println(after.HeapAlloc == after.Alloc, after.TotalAlloc >= after.HeapAlloc, after.PauseTotalNs > 0, after.PauseNs[(after.NumGC+255)%256] > 0)
	fmt.Println(after.Frees <= after.Mallocs, after.Mallocs-after.Frees == after.HeapObjects, after.NextGC > 0, after.LastGC > 0, after.Sys >= after.HeapAlloc)
	fmt.Println(keep != nil)
	keep = nil
	runtime.GC()
	var last runtime.MemStats
	runtime.ReadMemStats(&last)
	fmt.Println(last.HeapObjects < after.HeapObjects, last.NumForcedGC)
}

// Output:
// true true 1 true
// true true true true
// true true true true true
// true
// true 2
