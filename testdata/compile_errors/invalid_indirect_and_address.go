package main

import "fmt"

func main() {
	x := 5
	fmt.Println(*x)
	p := &5
	fmt.Println(p)
}

// Stderr:
// invalid_indirect_and_address.go:7:15: invalid operation: cannot indirect x (variable of type int)
// invalid_indirect_and_address.go:8:8: invalid operation: cannot take address of 5 (untyped int constant)
//
// Exit: 2
