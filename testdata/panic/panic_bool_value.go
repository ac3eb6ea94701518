package main

import "fmt"

func main() {
	ok := 3 > 4
	fmt.Println("ok:", ok)
	panic(ok)
}

// Output:
// ok: false
//
// Stderr:
// panic: false
//
// goroutine 1 [running]:
//
// Exit: 2
