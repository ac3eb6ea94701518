package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		v := i * 2
	}
	if x := 5; true {
		fmt.Println("hi")
	}
}

// Stderr:
// unused_variable_in_if_and_loop.go:7:3: v declared but not used
// unused_variable_in_if_and_loop.go:9:5: x declared but not used
//
// Exit: 2
