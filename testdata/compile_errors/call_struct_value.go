package main

import "fmt"

type T struct{}

func main() {
	var t T
	t()
	fmt.Println(t)
}

// Stderr:
// call_struct_value.go:9:2: invalid operation: cannot call non-function t (variable of type T)
//
// Exit: 2
