package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("sending")
	c <- 1
}

// Output:
// sending
//
// Stderr:
// panic: send on closed channel
//
// goroutine 1 [running]:
//
// Exit: 2
