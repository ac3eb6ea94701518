package main

import "fmt"

// A deferred function of a function called during unwinding
// recovers only the panic raised inside that call.
func cleanup() {
	defer func() {
		fmt.Println("cleanup's defer recovered:", recover())
	}()
	fmt.Println("cleanup runs")
}

func main() {
	defer func() {
		fmt.Println("main's defer recovered:", recover())
	}()
	defer cleanup()
	panic("outer")
}

// Output:
// cleanup runs
// cleanup's defer recovered: <nil>
// main's defer recovered: outer
