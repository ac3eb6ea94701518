package main

import "fmt"


func main() {
	var v interface{} = 1
	fmt.Println(v + 1)
}

// Stderr:
// interface_arithmetic.go:8:14: invalid operation: v + 1 (mismatched types interface{} and int)
//
// Exit: 2
