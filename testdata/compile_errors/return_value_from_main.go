package main

import "fmt"


func main() {
	fmt.Println("x")
	return 5
}

// Stderr:
// return_value_from_main.go:8:9: too many return values
// 	have (number)
// 	want ()
//
// Exit: 2
