package main

import "fmt"

func main() {
	x := 3.0
	y := x / 8
	fmt.Println(y)
	panic(-y)
}

// Output:
// 0.375
//
// Stderr:
// panic: -3.750000e-001
//
// goroutine 1 [running]:
//
// Exit: 2
