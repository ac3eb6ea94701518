package main

import "fmt"

func run() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("recovered: ", r)
	}()
	defer panic("x")
	fmt.Println("body runs fully before the deferred panic")
	return "normal"
}

func main() {
	fmt.Println(run())
	fmt.Println("main continues")
}

// Output:
// body runs fully before the deferred panic
// recovered: x
// main continues
