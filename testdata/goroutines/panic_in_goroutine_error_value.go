package main

import (
	"errors"
	"fmt"
)

func main() {
	block := make(chan bool)
	go func() {
		panic(fmt.Errorf("wrapped: %w", errors.New("disk full")))
	}()
	<-block
	fmt.Println("not reached")
}

// Stderr:
// panic: wrapped: disk full
//
// goroutine 18 [running]:
//
// Exit: 2
