package main

import "fmt"

func main() {
	var a, b interface{} = 1, "x"
	fmt.Println(a == b)
	a, b = []int{1}, []int{1}
	fmt.Println("comparing")
	fmt.Println(a == b)
}

// Output:
// false
// comparing
//
// Stderr:
// panic: runtime error: comparing uncomparable type []int
//
// goroutine 1 [running]:
//
// Exit: 2
