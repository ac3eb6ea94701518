package main

import (
	"fmt"
	"os"
)

func work() {
	defer fmt.Println("work: defer runs first")
	panic("work failed")
}

func main() {
	defer fmt.Println("main: earliest defer skipped by os.Exit")
	defer func() {
		fmt.Println("main: exiting from a deferred call during the panic")
		os.Exit(4)
	}()
	defer fmt.Println("main: later defer runs")
	work()
}

// Output:
// work: defer runs first
// main: later defer runs
// main: exiting from a deferred call during the panic
//
// Exit: 4
