package main

import "fmt"

func main() {
	fmt.Println("before")
	select {}
}

// Output:
// before
//
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select (no cases)]:
//
// Exit: 2
