package main

import "fmt"


func main() {
	x := 1
	x = 2
	fmt.Println("x")
}

// Stderr:
// assigned_but_never_used.go:7:2: x declared but not used
//
// Exit: 2
