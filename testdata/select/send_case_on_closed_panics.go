package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	defer fmt.Println("deferred runs")
	select {
	case c <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("default")
	}
}

// Output:
// deferred runs
//
// Stderr:
// panic: send on closed channel
//
// goroutine 1 [running]:
//
// Exit: 2
