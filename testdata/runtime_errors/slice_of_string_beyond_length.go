package main

import "fmt"

func main() {
	s := "hello"
	n := 6
	fmt.Println(s[:3])
	fmt.Println(s[:n])
}

// Output:
// hel
//
// Stderr:
// panic: runtime error: slice bounds out of range [:6] with length 5
//
// goroutine 1 [running]:
//
// Exit: 2
