package main

import "fmt"

func add(a, b int) int { return a + b }

func main() {
	fmt.Println(add())
}

// Stderr:
// not_enough_args_no_args.go:8:14: not enough arguments in call to add
// 	have ()
// 	want (int, int)
//
// Exit: 2
