package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("start")
	panic(errors.New("something bad"))
}

// Output:
// start
//
// Stderr:
// panic: something bad
//
// goroutine 1 [running]:
//
// Exit: 2
