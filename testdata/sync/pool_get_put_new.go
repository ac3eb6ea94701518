package main

import (
	"fmt"
	"sync"
)

func main() {
	created := 0
	p := sync.Pool{New: func() interface{} {
		created++
		return new([]byte)
	}}
	b := p.Get().(*[]byte)
	*b = append(*b, "hello"...)
	fmt.Println(string(*b), created)
	p.Put(b)
	var empty sync.Pool
	fmt.Println(empty.Get())
	x := p.Get()
	fmt.Println(x != nil)
}

// Output:
// hello 1
// <nil>
// true
