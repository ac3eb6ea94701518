package main

import "fmt"

type S struct {
	Items []int
}

func main() {
	a, b := S{}, S{}
	fmt.Println(a == b)
}

// Stderr:
// struct_with_slice_not_comparable.go:11:14: invalid operation: a == b (struct containing []int cannot be compared)
//
// Exit: 2
