package main

import "fmt"

func main() {
	defer func() {
		func() {
			r := recover()
			fmt.Println("inner closure recover:", r)
		}()
	}()
	fmt.Println("about to panic")
	panic(fmt.Errorf("code %d", 7))
}

// Output:
// about to panic
// inner closure recover: <nil>
//
// Stderr:
// panic: code 7
//
// goroutine 1 [running]:
//
// Exit: 2
