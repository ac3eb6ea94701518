package main

import "fmt"

type Shower interface{ Show() }

type T struct{}

func (T) Show() { fmt.Println("T.Show") }

func run(s Shower) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println("before the defer statement, s == nil:", s == nil)
	defer s.Show() // the receiver s is evaluated here: a nil interface panics now
	fmt.Println("after the defer statement")
}

func main() {
	run(T{})
	run(nil)
	fmt.Println("main continues")
}

// Output:
// before the defer statement, s == nil: false
// after the defer statement
// T.Show
// recovered: <nil>
// before the defer statement, s == nil: true
// recovered: runtime error: invalid memory address or nil pointer dereference
// main continues
