package main

import "fmt"

func find() error { return nil }

func main() {
	err := find()
	fmt.Println("err is nil:", err == nil)
	panic(err)
}

// Output:
// err is nil: true
//
// Stderr:
// panic: nil
//
// goroutine 1 [running]:
//
// Exit: 2
