package main

import "fmt"

func main() {
	n := 3
	fmt.Println("n=" + n)
}

// Stderr:
// string_plus_int.go:7:14: invalid operation: "n=" + n (mismatched types untyped string and int)
//
// Exit: 2
