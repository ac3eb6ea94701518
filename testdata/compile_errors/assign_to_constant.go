package main

import "fmt"


func main() {
	const limit = 5
	limit = 6
	fmt.Println(limit)
}

// Stderr:
// assign_to_constant.go:8:2: cannot assign to limit (untyped int constant 5)
//
// Exit: 2
