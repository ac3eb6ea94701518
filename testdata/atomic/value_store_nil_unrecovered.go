package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	defer fmt.Println("deferred runs first")
	v.Store(nil)
	fmt.Println("not reached")
}

// Output:
// deferred runs first
//
// Stderr:
// panic: sync/atomic: store of nil value into Value
//
// goroutine 1 [running]:
//
// Exit: 2
