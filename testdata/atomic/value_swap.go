package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	// Swap into an empty Value returns nil.
	fmt.Println(v.Swap(1))
	fmt.Println(v.Swap(2))
	fmt.Println(v.Swap(3), v.Load())

	var s atomic.Value
	s.Store("first")
	old := s.Swap("second")
	fmt.Printf("%q %q\n", old, s.Load())
	fmt.Printf("%T\n", s.Swap("third"))
}

// Output:
// <nil>
// 1
// 2 3
// "first" "second"
// string
