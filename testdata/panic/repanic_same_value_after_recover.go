package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("logging:", r)
			panic(r)
		}
	}()
	panic(errors.New("fatal config error"))
}

// Output:
// logging: fatal config error
//
// Stderr:
// panic: fatal config error [recovered]
// 	panic: fatal config error
//
// goroutine 1 [running]:
//
// Exit: 2
