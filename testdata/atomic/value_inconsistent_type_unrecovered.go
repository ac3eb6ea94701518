package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store("text")
	fmt.Println(v.Load())
	v.Store(42)
}

// Output:
// text
//
// Stderr:
// panic: sync/atomic: store of inconsistently typed value into Value
//
// goroutine 1 [running]:
//
// Exit: 2
