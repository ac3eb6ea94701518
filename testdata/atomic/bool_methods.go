package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var b atomic.Bool
	fmt.Println(b.Load())
	b.Store(true)
	fmt.Println(b.Load())
	fmt.Println(b.Swap(false), b.Load())
	fmt.Println(b.Swap(false), b.Load())
	fmt.Println(b.CompareAndSwap(true, true), b.Load())
	fmt.Println(b.CompareAndSwap(false, true), b.Load())
	fmt.Println(b.CompareAndSwap(true, false), b.Load())
}

// Output:
// false
// true
// true false
// false false
// false false
// true true
// true false
