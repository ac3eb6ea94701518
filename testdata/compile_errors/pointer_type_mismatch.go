package main

import "fmt"


func main() {
	x := 5
	var p *string = &x
	fmt.Println(p)
}

// Stderr:
// pointer_type_mismatch.go:8:18: cannot use &x (value of type *int) as type *string in variable declaration
//
// Exit: 2
