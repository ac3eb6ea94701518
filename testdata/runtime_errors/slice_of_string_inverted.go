package main

import "fmt"

func main() {
	s := "hello"
	lo, hi := 4, 2
	fmt.Println(s[lo:hi])
}

// Stderr:
// panic: runtime error: slice bounds out of range [4:2]
//
// goroutine 1 [running]:
//
// Exit: 2
