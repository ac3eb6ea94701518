package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1 (runs last)")
	defer func() {
		fmt.Println("deferred 2 sees the panic but does not recover")
	}()
	fmt.Println("about to panic")
	panic("boom")
}

// Output:
// about to panic
// deferred 2 sees the panic but does not recover
// deferred 1 (runs last)
//
// Stderr:
// panic: boom
//
// goroutine 1 [running]:
//
// Exit: 2
