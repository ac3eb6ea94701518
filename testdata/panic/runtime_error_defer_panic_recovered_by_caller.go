package main

import "fmt"

// While unwinding from a runtime error, a deferred call panics with a new
// value; the caller recovers that later value.
func inner() {
	defer func() {
		fmt.Println("inner cleanup")
		panic("cleanup after nil dereference")
	}()
	var p *struct{ x int }
	p.x = 1
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("main recovered: %v (%T)\n", r, r)
	}()
	inner()
}

// Output:
// inner cleanup
// main recovered: cleanup after nil dereference (string)
