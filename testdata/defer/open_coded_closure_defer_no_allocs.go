package main

import (
	"fmt"
	"runtime"
)

var counter int

func work(n int) int {
	defer func() { counter++ }()
	return n + 1
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	s := 0
	for i := 0; i < 1000000; i++ {
		s = work(s)
	}
	runtime.ReadMemStats(&after)
	fmt.Println(counter, s)
	fmt.Println(after.Mallocs-before.Mallocs < 100)
}

// Output:
// 1000000 1000000
// true
