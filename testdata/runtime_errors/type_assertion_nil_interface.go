package main

import "fmt"

func main() {
	var v interface{}
	_, ok := v.(string)
	fmt.Println(ok)
	fmt.Println(v.(string))
}

// Output:
// false
//
// Stderr:
// panic: interface conversion: interface {} is nil, not string
//
// goroutine 1 [running]:
//
// Exit: 2
