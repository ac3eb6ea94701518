package main

import "fmt"

func main() {
	var c chan string
	fmt.Println("before")
	c <- "x"
}

// Output:
// before
//
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send (nil chan)]:
//
// Exit: 2
