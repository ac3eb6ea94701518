package main

import "fmt"

func run() {
	defer fmt.Println("deferred print runs")
	defer recover() // recover is the deferred function itself, not called by one: returns nil
	panic("still panicking")
}

func main() {
	run()
	fmt.Println("not reached")
}

// Output:
// deferred print runs
//
// Stderr:
// panic: still panicking
//
// goroutine 1 [running]:
//
// Exit: 2
