package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recover in main's defer:", r, r == nil)
	}()
	func() {
		defer func() {
			fmt.Println("recover in inner defer:", recover())
		}()
		runtime.Goexit()
	}()
	fmt.Println("not reached")
}

// Output:
// recover in inner defer: <nil>
// recover in main's defer: <nil> true
//
// Stderr:
// fatal error: no goroutines (main called runtime.Goexit) - deadlock!
//
// Exit: 2
