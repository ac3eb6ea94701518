package main

import "fmt"

func main() {
	xs := []string{"a", "b", "c"}
	for i := 0; i <= len(xs); i++ {
		fmt.Println(i, xs[i])
	}
}

// Output:
// 0 a
// 1 b
// 2 c
//
// Stderr:
// panic: runtime error: index out of range [3] with length 3
//
// goroutine 1 [running]:
//
// Exit: 2
