package main

import "fmt"

func name() string {
	return 42
}

func main() {
	fmt.Println(name())
}

// Stderr:
// wrong_return_type.go:6:9: cannot use 42 (untyped int constant) as string value in return statement
//
// Exit: 2
