package main

import "fmt"

func main() {
	panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner %d", 42)))
}

// Stderr:
// panic: wrapped: inner 42
//
// goroutine 1 [running]:
//
// Exit: 2
