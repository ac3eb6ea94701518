package main

import "fmt"

func main() {
	defer fmt.Println("first deferred (runs last)")
	defer recover()
	defer fmt.Println("last deferred (runs first)")
	panic("defer recover() is useless")
}

// Output:
// last deferred (runs first)
// first deferred (runs last)
//
// Stderr:
// panic: defer recover() is useless
//
// goroutine 1 [running]:
//
// Exit: 2
