package main

import "fmt"

type T struct{ n int }

func (t T) Show() { fmt.Println("Show", t.n) }

func run() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var p *T
	fmt.Println("before the defer statement")
	defer p.Show() // *p is evaluated here: panics now
	fmt.Println("after the defer statement (never printed)")
}

func main() {
	run()
	fmt.Println("main continues")
}

// Output:
// before the defer statement
// recovered: runtime error: invalid memory address or nil pointer dereference
// main continues
