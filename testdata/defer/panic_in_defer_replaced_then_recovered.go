package main

import "fmt"

func run() {
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("again:", recover())
	}()
	defer func() {
		panic("replacement")
	}()
	panic("original")
}

func main() {
	run()
	fmt.Println("main continues")
}

// Output:
// recovered: replacement
// again: <nil>
// main continues
