package main

import "fmt"

func main() {
	var a chan int
	var b chan string
	fmt.Println("waiting")
	select {
	case <-a:
	case b <- "x":
	}
}

// Output:
// waiting
//
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select]:
//
// Exit: 2
