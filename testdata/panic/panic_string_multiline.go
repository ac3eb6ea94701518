package main

import "fmt"

func main() {
	fmt.Println("before")
	panic("first line\nsecond line\tafter tab")
}

// Output:
// before
//
// Stderr:
// panic: first line
// second line	after tab
//
// goroutine 1 [running]:
//
// Exit: 2
