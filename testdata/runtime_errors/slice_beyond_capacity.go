package main

import "fmt"

func main() {
	sl := make([]int, 2, 3)
	n := 5
	fmt.Println(sl[:3])
	fmt.Println(sl[:n])
}

// Output:
// [0 0 0]
//
// Stderr:
// panic: runtime error: slice bounds out of range [:5] with capacity 3
//
// goroutine 1 [running]:
//
// Exit: 2
