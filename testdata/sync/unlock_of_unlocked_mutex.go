package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover cannot catch this:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}

// Output:
// unlocking again
//
// Stderr:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 1 [running]:
//
// Exit: 2
