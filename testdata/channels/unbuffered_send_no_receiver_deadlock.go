package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("sending")
	c <- 1
	fmt.Println("never")
}

// Output:
// sending
//
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
//
// Exit: 2
