package main

import "fmt"


func main() {
	count := 10
	var avg float64 = count / 2
	fmt.Println(avg)
}

// Stderr:
// int_assigned_to_float_var.go:8:20: cannot use count / 2 (value of type int) as type float64 in variable declaration
//
// Exit: 2
