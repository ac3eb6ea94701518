package main

import "fmt"

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	fmt.Println("recursing")
	fmt.Println(f(0))
}

// Output:
// recursing
//
// Stderr:
// runtime: goroutine stack exceeds 1000000000-byte limit
// fatal error: stack overflow
//
// goroutine 1 [running]:
//
// Exit: 2
