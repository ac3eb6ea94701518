package main

import "fmt"

func main() {
	s := "abc"
	i := 5
	fmt.Println(s[i])
}

// Stderr:
// panic: runtime error: index out of range [5] with length 3
//
// goroutine 1 [running]:
//
// Exit: 2
