package main

import "fmt"

func compute() (n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r, "n was", n)
			n = -n
		}
	}()
	defer func() {
		if n > 10 {
			panic(fmt.Sprintf("result %d too large", n))
		}
	}()
	return 42
}

func main() {
	fmt.Println(compute())
	defer fmt.Println("main deferred")
	func() {
		defer func() {
			panic("panic from a defer with no panic in progress")
		}()
		fmt.Println("returning normally")
	}()
}

// Output:
// recovered: result 42 too large n was 42
// -42
// returning normally
// main deferred
//
// Stderr:
// panic: panic from a defer with no panic in progress
//
// goroutine 1 [running]:
//
// Exit: 2
