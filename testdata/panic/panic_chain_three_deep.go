package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("third defer to run panics")
		panic(3)
	}()
	defer func() {
		fmt.Println("second defer to run panics")
		panic("two")
	}()
	defer fmt.Println("first defer to run")
	panic(1.5)
}

// Output:
// first defer to run
// second defer to run panics
// third defer to run panics
//
// Stderr:
// panic: +1.500000e+000
// 	panic: two
// 	panic: 3
//
// goroutine 1 [running]:
//
// Exit: 2
