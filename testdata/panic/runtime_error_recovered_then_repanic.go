package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got:", r)
		panic(fmt.Sprintf("wrapped: %v", r))
	}()
	var m map[int]string
	m[1] = "x"
}

// Output:
// got: assignment to entry in nil map
//
// Stderr:
// panic: assignment to entry in nil map [recovered]
// 	panic: wrapped: assignment to entry in nil map
//
// goroutine 1 [running]:
//
// Exit: 2
