package main

import (
	"fmt"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

type myInt int

func main() {
	var v atomic.Value
	try("store nil", func() { v.Store(nil) })
	v.Store(1)
	try("store string", func() { v.Store("one") })
	try("store named int", func() { v.Store(myInt(1)) })
	try("swap nil", func() { v.Swap(nil) })
	try("swap int64", func() { v.Swap(int64(2)) })
	try("cas nil new", func() { v.CompareAndSwap(1, nil) })
	try("cas old and new differ", func() { v.CompareAndSwap(1, "x") })
	try("cas new differs from stored", func() { v.CompareAndSwap("a", "b") })
	try("cas nil old, new differs", func() { v.CompareAndSwap(nil, 1.5) })
	fmt.Println(v.Load())

	var e atomic.Value
	try("empty cas nil nil", func() { e.CompareAndSwap(nil, nil) })
	try("empty swap nil", func() { e.Swap(nil) })
	fmt.Println(e.Load())
}

// Output:
// store nil: string sync/atomic: store of nil value into Value
// store string: string sync/atomic: store of inconsistently typed value into Value
// store named int: string sync/atomic: store of inconsistently typed value into Value
// swap nil: string sync/atomic: swap of nil value into Value
// swap int64: string sync/atomic: swap of inconsistently typed value into Value
// cas nil new: string sync/atomic: compare and swap of nil value into Value
// cas old and new differ: string sync/atomic: compare and swap of inconsistently typed values
// cas new differs from stored: string sync/atomic: compare and swap of inconsistently typed value into Value
// cas nil old, new differs: string sync/atomic: compare and swap of inconsistently typed value into Value
// 1
// empty cas nil nil: string sync/atomic: compare and swap of nil value into Value
// empty swap nil: string sync/atomic: swap of nil value into Value
// <nil>
