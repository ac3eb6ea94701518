package main

import "fmt"

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b)
	var c, d any = []int{1}, []int{1}
	fmt.Println(c == d)
}

// Output:
// true
//
// Stderr:
// panic: runtime error: comparing uncomparable type []int
//
// goroutine 1 [running]:
//
// Exit: 2
