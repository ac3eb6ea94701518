package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs")
	panic(nil)
}

// Output:
// deferred runs
//
// Stderr:
// panic: nil
//
// goroutine 1 [running]:
//
// Exit: 2
