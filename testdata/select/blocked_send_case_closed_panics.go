package main

import "fmt"

func main() {
	c := make(chan int)
	never := make(chan int)
	go func() {
		close(c)
	}()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	select {
	case c <- 1:
		fmt.Println("sent")
	case <-never:
		fmt.Println("never")
	}
}

// Output:
// recovered: send on closed channel
