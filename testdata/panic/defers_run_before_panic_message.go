package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("stdout: deferred 1")
	defer fmt.Fprintln(os.Stderr, "stderr: deferred 2 (printed before the panic message)")
	defer fmt.Println("stdout: deferred 3")
	fmt.Println("stdout: body")
	panic("the panic message comes last")
}

// Output:
// stdout: body
// stdout: deferred 3
// stdout: deferred 1
//
// Stderr:
// stderr: deferred 2 (printed before the panic message)
// panic: the panic message comes last
//
// goroutine 1 [running]:
//
// Exit: 2
