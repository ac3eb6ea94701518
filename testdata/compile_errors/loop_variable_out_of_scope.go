package main

import "fmt"


func main() {
	for i := 0; i < 3; i++ {
	}
	fmt.Println(i)
}

// Stderr:
// loop_variable_out_of_scope.go:9:14: undefined: i
//
// Exit: 2
