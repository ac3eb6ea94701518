package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		panic(-42)
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println("start")
	fmt.Println(depth(3))
}

// Output:
// start
//
// Stderr:
// panic: -42
//
// goroutine 1 [running]:
//
// Exit: 2
