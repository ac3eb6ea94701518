package main

import "fmt"

func inner() {
	defer func() {
		panic(fmt.Errorf("cleanup failed"))
	}()
	panic("work failed")
}

func main() {
	defer fmt.Println("main deferred")
	inner()
}

// Output:
// main deferred
//
// Stderr:
// panic: work failed
// 	panic: cleanup failed
//
// goroutine 1 [running]:
//
// Exit: 2
