package main

import "fmt"

func main() {
	x := 1
	if x == nil {
		fmt.Println("nil")
	}
	s := "a"
	fmt.Println(s != nil)
}

// Stderr:
// compare_with_nil.go:7:10: invalid operation: x == nil (mismatched types int and untyped nil)
// compare_with_nil.go:11:19: invalid operation: s != nil (mismatched types string and untyped nil)
//
// Exit: 2
