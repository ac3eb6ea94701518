package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { c <- 1 }()
	go func() {
		select {
		case <-c:
		case <-make(chan int):
		}
	}()
	fmt.Println("waiting")
	wg.Wait()
}

// Output:
// waiting
//
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [semacquire]:
//
// Exit: 2
