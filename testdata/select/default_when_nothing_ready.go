package main

import "fmt"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("default: nothing to receive")
	}
	c <- 7
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("default")
	}
	c <- 1
	select {
	case c <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("default: buffer full")
	}
	// A nil channel is never ready.
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case <-nilc:
		fmt.Println("impossible")
	default:
		fmt.Println("default: nil channels")
	}
	// Default may come first in the source: still only when nothing is ready.
	select {
	default:
		fmt.Println("default first")
	case v := <-c:
		fmt.Println("ready case wins", v)
	}
}

// Output:
// default: nothing to receive
// received 7
// default: buffer full
// default: nil channels
// ready case wins 1
