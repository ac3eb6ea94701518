package main

import "fmt"

func main() {
	var v interface{} = "hello"
	s := v.(string)
	fmt.Println(s)
	n := v.(int)
	fmt.Println(n)
}

// Output:
// hello
//
// Stderr:
// panic: interface conversion: interface {} is string, not int
//
// goroutine 1 [running]:
//
// Exit: 2
