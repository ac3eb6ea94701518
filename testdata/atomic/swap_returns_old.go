package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var a int32 = -3
	var b int64 = 1 << 40
	var c uint32 = 7
	var d uint64 = 1<<64 - 1
	var e uintptr = 42
	fmt.Println(atomic.SwapInt32(&a, 10), a)
	fmt.Println(atomic.SwapInt64(&b, -1), b)
	fmt.Println(atomic.SwapUint32(&c, 0), c)
	fmt.Println(atomic.SwapUint64(&d, 3), d)
	fmt.Println(atomic.SwapUintptr(&e, 43), e)
	// Each swap hands back what the previous one stored.
	for i := int32(0); i < 4; i++ {
		fmt.Print(atomic.SwapInt32(&a, i), " ")
	}
	fmt.Println(atomic.LoadInt32(&a))
}

// Output:
// -3 10
// 1099511627776 -1
// 7 0
// 18446744073709551615 3
// 42 43
// 10 0 1 2 3
