package main

import "fmt"

func main() {
	defer func() {
		first := recover()
		second := recover()
		fmt.Println("first:", first)
		fmt.Println("second:", second)
	}()
	panic("only once")
}

// Output:
// first: only once
// second: <nil>
