package main

import "fmt"

type MyInt int

func main() {
	fmt.Println("start")
	panic(MyInt(42))
}

// Output:
// start
//
// Stderr:
// panic: main.MyInt(42)
//
// goroutine 1 [running]:
//
// Exit: 2
