package main

import "sync"

func main() {
	var mu sync.Mutex
	// An uncontended Lock leaves no wait reason behind: the receive below
	// reports as a receive.
	mu.Lock()
	mu.Unlock()
	mu.Lock()
	ch := make(chan int)
	<-ch
	mu.Unlock()
}

// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
//
// Exit: 2
