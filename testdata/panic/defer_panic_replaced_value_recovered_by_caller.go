package main

import "fmt"

func step() {
	defer fmt.Println("step: last defer sees the replacement")
	defer func() {
		panic("replacement")
	}()
	panic("original")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
		fmt.Println("second recover:", recover())
	}()
	step()
}

// Output:
// step: last defer sees the replacement
// main recovered: replacement
// second recover: <nil>
