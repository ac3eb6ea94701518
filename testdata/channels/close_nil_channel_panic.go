package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("closing")
	close(c)
}

// Output:
// closing
//
// Stderr:
// panic: close of nil channel
//
// goroutine 1 [running]:
//
// Exit: 2
