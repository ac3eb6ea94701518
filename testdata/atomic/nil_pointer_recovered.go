package main

import (
	"fmt"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	try("AddInt32", func() { atomic.AddInt32(nil, 1) })
	try("LoadUint64", func() { atomic.LoadUint64(nil) })
	try("StoreInt64", func() { atomic.StoreInt64(nil, 1) })
	try("CompareAndSwapUintptr", func() { atomic.CompareAndSwapUintptr(nil, 0, 1) })
	var c *atomic.Int64
	try("(*Int64).Add", func() { c.Add(1) })
	var v *atomic.Value
	try("(*Value).Load", func() { v.Load() })
}

// Output:
// AddInt32: runtime error: invalid memory address or nil pointer dereference
// LoadUint64: runtime error: invalid memory address or nil pointer dereference
// StoreInt64: runtime error: invalid memory address or nil pointer dereference
// CompareAndSwapUintptr: runtime error: invalid memory address or nil pointer dereference
// (*Int64).Add: runtime error: invalid memory address or nil pointer dereference
// (*Value).Load: runtime error: invalid memory address or nil pointer dereference
