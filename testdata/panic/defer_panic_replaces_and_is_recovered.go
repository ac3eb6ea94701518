package main

import "fmt"

func f() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
	}()
	defer func() {
		fmt.Println("second defer panics")
		panic("second")
	}()
	panic("first")
}

func main() {
	f()
	fmt.Println("main continues")
}

// Output:
// second defer panics
// recovered second (string)
// main continues
