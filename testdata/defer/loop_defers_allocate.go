package main

import (
	"fmt"
	"runtime"
)

var counter int

func inc() { counter++ }

func register(n int) {
	for i := 0; i < n; i++ {
		defer inc()
	}
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	register(1000)
	runtime.ReadMemStats(&after)
	fmt.Println(counter)
	fmt.Println(after.Mallocs-before.Mallocs >= 1000)
}

// Output:
// 1000
// true
