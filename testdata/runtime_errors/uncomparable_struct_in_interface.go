package main

import "fmt"

type Box struct {
	Items []int
}

func main() {
	var a, b interface{} = Box{}, Box{}
	fmt.Println("about to compare")
	fmt.Println(a == b)
}

// Output:
// about to compare
//
// Stderr:
// panic: runtime error: comparing uncomparable type main.Box
//
// goroutine 1 [running]:
//
// Exit: 2
