package main

import "fmt"


func main() {
	fmt.Println("ab" * 2)
}

// Stderr:
// string_times_int.go:7:14: invalid operation: "ab" * 2 (mismatched types untyped string and untyped int)
//
// Exit: 2
