package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	m := 6
	fmt.Println(s[0:1:4])
	fmt.Println(s[0:1:m])
}

// Output:
// [0]
//
// Stderr:
// panic: runtime error: slice bounds out of range [::6] with capacity 4
//
// goroutine 1 [running]:
//
// Exit: 2
