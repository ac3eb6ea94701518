package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	go func() {
		mu.Lock()
		fmt.Println("locked twice")
		ch <- 1
	}()
	<-ch
	mu.Lock()
	fmt.Println("never")
}

// Output:
// locked twice
//
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [semacquire]:
//
// Exit: 2
