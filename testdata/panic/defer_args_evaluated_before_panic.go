package main

import "fmt"

func trace(msg string, n int) {
	fmt.Println("trace:", msg, n)
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	n := 1
	defer trace("deferred with n", n)
	n = 2
	defer func() { trace("closure sees n", n) }()
	n = 3
	panic(n)
}

// Output:
// trace: closure sees n 3
// trace: deferred with n 1
// recovered: 3
