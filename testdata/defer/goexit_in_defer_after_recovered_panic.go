package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main: first defer runs at the end")
	defer func() {
		fmt.Println("recovered:", recover())
		runtime.Goexit()
	}()
	panic("p")
}

// Output:
// recovered: p
// main: first defer runs at the end
//
// Stderr:
// fatal error: no goroutines (main called runtime.Goexit) - deadlock!
//
// Exit: 2
