package main

import "fmt"


func main() {
	s := []int{1}
	fmt.Println(s.Len())
}

// Stderr:
// method_on_slice_variable.go:8:16: s.Len undefined (type []int has no field or method Len)
//
// Exit: 2
