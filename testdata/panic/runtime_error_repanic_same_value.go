package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("re-raising:", r)
			panic(r)
		}
	}()
	a, b := 1, 0
	fmt.Println(a / b)
}

// Output:
// re-raising: runtime error: integer divide by zero
//
// Stderr:
// panic: runtime error: integer divide by zero [recovered]
// 	panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
//
// Exit: 2
