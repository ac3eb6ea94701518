package main

import (
	"fmt"
	"runtime"
)

var counter int

func inc() { counter++ }

func work() {
	defer inc()
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000000; i++ {
		work()
	}
	runtime.ReadMemStats(&after)
	fmt.Println(counter == 1000000)
	fmt.Println(after.Mallocs-before.Mallocs < 100)
}

// Output:
// true
// true
