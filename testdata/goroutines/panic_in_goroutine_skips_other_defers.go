package main

import (
	"fmt"
	"time"
)

// An unrecovered panic in one goroutine ends the program: its own deferred
// calls run, main's recover does not catch it and main's defers never run.
func main() {
	defer fmt.Println("main's defer: never printed")
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	done := make(chan bool)
	go func() {
		defer fmt.Println("the goroutine's own defer runs")
		panic("boom in goroutine")
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		fmt.Println("still alive")
	}
}

// Output:
// the goroutine's own defer runs
//
// Stderr:
// panic: boom in goroutine
//
// goroutine 18 [running]:
//
// Exit: 2
