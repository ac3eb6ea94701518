package main

import "fmt"

func divide(a, b int) int {
	return a / b
}

func main() {
	fmt.Println("start")
	fmt.Println(divide(1, 0))
}

// Output:
// start
//
// Stderr:
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
//
// Exit: 2
