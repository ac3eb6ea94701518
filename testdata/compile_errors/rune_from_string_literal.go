package main

import "fmt"


func main() {
	var r rune = "a"
	fmt.Println(r)
}

// Stderr:
// rune_from_string_literal.go:7:15: cannot use "a" (untyped string constant) as rune value in variable declaration
//
// Exit: 2
