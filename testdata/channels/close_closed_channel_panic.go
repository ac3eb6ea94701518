package main

import "fmt"

func main() {
	c := make(chan int)
	close(c)
	fmt.Println("closed once")
	close(c)
}

// Output:
// closed once
//
// Stderr:
// panic: close of closed channel
//
// goroutine 1 [running]:
//
// Exit: 2
