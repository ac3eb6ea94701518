package main

import (
	"fmt"
	"runtime"
)

func inner() {
	defer fmt.Println("inner: defer")
	fmt.Println("inner: calling Goexit")
	runtime.Goexit()
	fmt.Println("inner: not reached")
}

func main() {
	defer fmt.Println("main: defer 1")
	defer fmt.Println("main: defer 2")
	inner()
	fmt.Println("main: not reached")
}

// Output:
// inner: calling Goexit
// inner: defer
// main: defer 2
// main: defer 1
//
// Stderr:
// fatal error: no goroutines (main called runtime.Goexit) - deadlock!
//
// Exit: 2
