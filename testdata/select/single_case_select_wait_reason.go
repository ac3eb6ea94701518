package main

import "fmt"

// gc compiles a one-case select as the plain operation: it waits as a receive.
func main() {
	c := make(chan int)
	fmt.Println("waiting")
	select {
	case v := <-c:
		fmt.Println(v)
	}
}

// Output:
// waiting
//
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
//
// Exit: 2
