package main

import "fmt"


func main() {
	var b byte = 300
	fmt.Println(b)
}

// Stderr:
// byte_constant_overflow.go:7:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
//
// Exit: 2
