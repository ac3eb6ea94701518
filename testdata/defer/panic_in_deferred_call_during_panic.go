package main

import "fmt"

func main() {
	defer fmt.Println("outermost defer still runs")
	defer func() {
		fmt.Println("second defer panics again")
		panic("second")
	}()
	panic("first")
}

// Output:
// second defer panics again
// outermost defer still runs
//
// Stderr:
// panic: first
// 	panic: second
//
// goroutine 1 [running]:
//
// Exit: 2
