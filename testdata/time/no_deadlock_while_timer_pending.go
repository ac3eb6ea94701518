package main

import (
	"fmt"
	"time"
)

// Every goroutine blocks, but a timer is pending: the program waits for
// it instead of reporting a deadlock, and the deadlock comes after.
func main() {
	c := make(chan string)
	time.AfterFunc(50*time.Millisecond, func() { c <- "from the timer" })
	fmt.Println(<-c)
	fmt.Println(<-c)
}

// Output:
// from the timer
//
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
//
// Exit: 2
