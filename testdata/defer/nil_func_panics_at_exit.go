package main

import "fmt"

func run() {
	var f func()
	fmt.Println("before defer")
	defer f()
	fmt.Println("after defer: statements still run")
	fmt.Println("returning")
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		if err, ok := r.(error); ok {
			fmt.Println("is error:", err.Error())
		}
	}()
	run()
	fmt.Println("not reached")
}

// Output:
// before defer
// after defer: statements still run
// returning
// main recovered: runtime error: invalid memory address or nil pointer dereference
// is error: runtime error: invalid memory address or nil pointer dereference
