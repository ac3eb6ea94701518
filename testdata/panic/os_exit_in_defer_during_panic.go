package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never runs: os.Exit skips remaining defers")
	defer func() {
		fmt.Println("exiting from a deferred call while panicking")
		os.Exit(3)
	}()
	panic("this message is never printed")
}

// Output:
// exiting from a deferred call while panicking
//
// Exit: 3
