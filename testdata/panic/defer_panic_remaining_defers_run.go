package main

import "fmt"

func main() {
	defer fmt.Println("defer A (outermost) runs")
	defer func() {
		fmt.Println("defer B runs while second panic is active")
	}()
	defer func() {
		fmt.Println("defer C panics")
		panic("second")
	}()
	defer fmt.Println("defer D runs")
	panic("first")
}

// Output:
// defer D runs
// defer C panics
// defer B runs while second panic is active
// defer A (outermost) runs
//
// Stderr:
// panic: first
// 	panic: second
//
// goroutine 1 [running]:
//
// Exit: 2
