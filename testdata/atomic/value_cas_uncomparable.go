package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store([]int{1, 2})
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(isRuntime, r)
		fmt.Println(v.Load())
	}()
	v.CompareAndSwap([]int{1, 2}, []int{3})
}

// Output:
// true runtime error: comparing uncomparable type []int
// [1 2]
