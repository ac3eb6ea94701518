package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr

	atomic.StoreInt32(&i32, 1<<31-1)
	atomic.StoreInt64(&i64, -1<<63)
	atomic.StoreUint32(&u32, 3)
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreUintptr(&up, 100)

	// Add wraps at the type's width and returns the new value.
	fmt.Println(atomic.AddInt32(&i32, 1), atomic.LoadInt32(&i32))
	fmt.Println(atomic.AddInt64(&i64, -1), atomic.LoadInt64(&i64))
	// Subtracting from an unsigned value: add ^uint32(c-1).
	fmt.Println(atomic.AddUint32(&u32, ^uint32(5-1)), atomic.LoadUint32(&u32))
	fmt.Println(atomic.AddUint64(&u64, 1<<63), atomic.LoadUint64(&u64))
	fmt.Println(atomic.AddUintptr(&up, ^uintptr(0)), atomic.LoadUintptr(&up))

	fmt.Println(atomic.CompareAndSwapInt64(&i64, 1<<63-1, 0), i64)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 1<<32-2, 8), u32)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 1, 2), u64)
	fmt.Println(atomic.CompareAndSwapUintptr(&up, 99, 1), up)

	// Through a slice element and a struct field.
	counts := make([]int64, 3)
	for k := 0; k < 10; k++ {
		atomic.AddInt64(&counts[k%3], int64(k))
	}
	fmt.Println(counts)
	s := struct{ hits uint32 }{}
	atomic.AddUint32(&s.hits, 2)
	fmt.Println(s.hits)

	// As function values.
	add := atomic.AddInt32
	load := atomic.LoadInt32
	var n int32
	add(&n, 4)
	add(&n, 5)
	fmt.Println(load(&n))
}

// Output:
// -2147483648 -2147483648
// 9223372036854775807 9223372036854775807
// 4294967294 4294967294
// 0 0
// 99 99
// true 0
// true 8
// false 0
// true 1
// [18 12 15]
// 2
// 9
