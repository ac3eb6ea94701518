package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := make([]int, 3, 10)
	fmt.Println(get(s, 2))
	fmt.Println(get(s, 5))
}

// Output:
// 0
//
// Stderr:
// panic: runtime error: index out of range [5] with length 3
//
// goroutine 1 [running]:
//
// Exit: 2
