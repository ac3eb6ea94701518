package main

import "fmt"

func main() {
	defer fmt.Println("outer defer still runs")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("second (after %v)", r))
	}()
	panic("first")
}

// Output:
// recovered: first
// outer defer still runs
//
// Stderr:
// panic: first [recovered]
// 	panic: second (after first)
//
// goroutine 1 [running]:
//
// Exit: 2
