package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("before")
	<-c
	fmt.Println("after")
}

// Output:
// before
//
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive (nil chan)]:
//
// Exit: 2
