package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		c <- 1
		c <- 2
	}()
	for v := range c {
		fmt.Println(v)
	}
}

// Output:
// 1
// 2
//
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
//
// Exit: 2
