package main

import "fmt"

type T struct {
	A int
}

func main() {
	var p *T
	fmt.Println("before")
	fmt.Println(p.A)
}

// Output:
// before
//
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48101e]
//
// goroutine 1 [running]:
//
// Exit: 2
