package main

import (
	"fmt"
	"sync/atomic"
)

type point struct{ x, y int }

func main() {
	var v atomic.Value
	// Empty Value: only old == nil succeeds.
	fmt.Println(v.CompareAndSwap(1, 2), v.Load())
	fmt.Println(v.CompareAndSwap(nil, 2), v.Load())
	fmt.Println(v.CompareAndSwap(nil, 3), v.Load())
	fmt.Println(v.CompareAndSwap(1, 3), v.Load())
	fmt.Println(v.CompareAndSwap(2, 3), v.Load())

	var p atomic.Value
	p.Store(point{1, 2})
	fmt.Println(p.CompareAndSwap(point{1, 3}, point{0, 0}), p.Load())
	fmt.Println(p.CompareAndSwap(point{1, 2}, point{5, 6}), p.Load())

	// Pointers compare by identity.
	a, b := &point{}, &point{}
	var q atomic.Value
	q.Store(a)
	fmt.Println(q.CompareAndSwap(b, b), q.Load() == a)
	fmt.Println(q.CompareAndSwap(a, b), q.Load() == b)

	// An uncomparable stored type is fine while old is nil.
	var s atomic.Value
	s.Store([]int{1})
	fmt.Println(s.CompareAndSwap(nil, []int{2}), s.Load())
}

// Output:
// false <nil>
// true 2
// false 2
// false 2
// true 3
// false {1 2}
// true {5 6}
// false true
// true true
// false [1]
