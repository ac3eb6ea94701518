package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 1
	fmt.Println(s[lo:])
	fmt.Println(s[lo:hi])
}

// Output:
// [4]
//
// Stderr:
// panic: runtime error: slice bounds out of range [3:1]
//
// goroutine 1 [running]:
//
// Exit: 2
