package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(errors.New("third"))
	}()
	defer func() {
		panic("second")
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("first re-raised: ", r))
	}()
	panic("zeroth")
}

// Output:
// recovered zeroth
// recovered second
//
// Stderr:
// panic: zeroth [recovered]
// 	panic: first re-raised: zeroth
// 	panic: second [recovered]
// 	panic: third
//
// goroutine 1 [running]:
//
// Exit: 2
