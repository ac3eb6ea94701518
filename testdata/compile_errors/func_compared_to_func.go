package main

import "fmt"


func main() {
	f := func() {}
	g := f
	fmt.Println(f == g)
}

// Stderr:
// func_compared_to_func.go:9:14: invalid operation: f == g (func can only be compared to nil)
//
// Exit: 2
