package main

import "fmt"

func main() {
	fmt.Println("before")
	panic("something went wrong")
}

// Output:
// before
//
// Stderr:
// panic: something went wrong
//
// goroutine 1 [running]:
//
// Exit: 2
