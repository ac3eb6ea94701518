package main

import "fmt"


func main() {
	x := 3
	x + 1
	fmt.Println(x)
}

// Stderr:
// unused_result_of_expression.go:8:2: x + 1 (value of type int) is not used
//
// Exit: 2
