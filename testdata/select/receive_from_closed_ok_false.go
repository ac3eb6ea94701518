package main

import "fmt"

func main() {
	c := make(chan int, 2)
	c <- 5
	close(c)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-c:
			fmt.Println(v, ok)
		default:
			fmt.Println("default")
		}
	}
	// A closed channel is always ready, so default never runs.
	d := make(chan struct{})
	close(d)
	select {
	case <-d:
		fmt.Println("closed is ready")
	default:
		fmt.Println("default")
	}
}

// Output:
// 5 true
// 0 false
// 0 false
// closed is ready
