package main

import (
	"errors"
	"fmt"
)

var errNotFound = errors.New("record not found")

func lookup(k string) int {
	if k != "a" {
		panic(errNotFound)
	}
	return 1
}

func main() {
	fmt.Println(lookup("a"))
	fmt.Println(lookup("b"))
}

// Output:
// 1
//
// Stderr:
// panic: record not found
//
// goroutine 1 [running]:
//
// Exit: 2
