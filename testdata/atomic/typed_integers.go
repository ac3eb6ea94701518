package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var a atomic.Int32
	fmt.Println(a.Load(), a.Add(5), a.Add(-7), a.Load())
	a.Store(10)
	fmt.Println(a.Swap(11), a.CompareAndSwap(10, 12), a.CompareAndSwap(11, 12), a.Load())

	var b atomic.Int64
	b.Store(1 << 62)
	fmt.Println(b.Add(1<<62), b.Load())
	fmt.Println(b.Swap(0), b.CompareAndSwap(0, -5), b.Load())

	var c atomic.Uint32
	fmt.Println(c.Add(^uint32(0)), c.Swap(3), c.CompareAndSwap(3, 4), c.Load())

	var d atomic.Uint64
	d.Store(1<<64 - 1)
	fmt.Println(d.Add(2), d.Swap(9), d.CompareAndSwap(8, 1), d.Load())

	var e atomic.Uintptr
	fmt.Println(e.Add(8), e.Swap(16), e.CompareAndSwap(16, 24), e.Load())

	// Method values and an interface.
	inc := a.Add
	inc(100)
	inc(100)
	fmt.Println(a.Load())
	type adder interface{ Add(int64) int64 }
	var ad adder = &b
	ad.Add(7)
	fmt.Println(b.Load())
}

// Output:
// 0 5 -2 -2
// 10 false true 12
// -9223372036854775808 -9223372036854775808
// -9223372036854775808 true -5
// 4294967295 4294967295 true 4
// 1 1 false 9
// 8 8 true 24
// 212
// 2
