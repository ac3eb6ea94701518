package main

import "fmt"


func main() {
	xs := []int{}
	xs = append(xs, "a")
	fmt.Println(xs)
}

// Stderr:
// append_wrong_element_type.go:8:18: cannot use "a" (untyped string constant) as int value in argument to append
//
// Exit: 2
