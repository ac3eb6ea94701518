package main

import "fmt"

func main() {
	panic(fmt.Sprintf("bad value %q at %d", "x", 3))
}

// Stderr:
// panic: bad value "x" at 3
//
// goroutine 1 [running]:
//
// Exit: 2
