package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	fmt.Println("waiting")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
		fmt.Println("sent")
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
