package main

import "fmt"

func main() {
	xs := []int{1, "two", 3}
	fmt.Println(xs)
}

// Stderr:
// slice_literal_element.go:6:17: cannot use "two" (untyped string constant) as int value in array or slice literal
//
// Exit: 2
