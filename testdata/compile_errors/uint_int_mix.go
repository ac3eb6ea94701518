package main

import "fmt"


func main() {
	var u uint = 3
	i := 4
	fmt.Println(u + i)
}

// Stderr:
// uint_int_mix.go:9:14: invalid operation: u + i (mismatched types uint and int)
//
// Exit: 2
