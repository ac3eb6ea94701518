package main

import "fmt"

func run() {
	defer fmt.Println("registered before nil func: runs after its panic")
	defer func() {
		fmt.Println("registered second:", recover())
	}()
	var f func(int)
	defer f(1)
	defer fmt.Println("registered after nil func: runs first")
	fmt.Println("body")
}

func main() {
	run()
	fmt.Println("main: run returned normally")
}

// Output:
// body
// registered after nil func: runs first
// registered second: runtime error: invalid memory address or nil pointer dereference
// registered before nil func: runs after its panic
// main: run returned normally
