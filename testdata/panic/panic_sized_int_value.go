package main

import "fmt"

func main() {
	var b uint8 = 200
	b += 50
	fmt.Println("b =", b)
	panic(b)
}

// Output:
// b = 250
//
// Stderr:
// panic: 250
//
// goroutine 1 [running]:
//
// Exit: 2
