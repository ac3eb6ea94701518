package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced")
	wg.Done()
}

// Output:
// balanced
//
// Stderr:
// panic: sync: negative WaitGroup counter
//
// goroutine 1 [running]:
//
// Exit: 2
