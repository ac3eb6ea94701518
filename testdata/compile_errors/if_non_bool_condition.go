package main

import "fmt"


func main() {
	n := len("abc")
	if n {
		fmt.Println(n)
	}
}

// Stderr:
// if_non_bool_condition.go:8:5: non-boolean condition in if statement
//
// Exit: 2
