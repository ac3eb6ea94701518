package main

import "fmt"

type Speaker interface{ Speak() string }

func main() {
	var s Speaker
	fmt.Println(s == nil)
	fmt.Println(s.Speak())
}

// Output:
// true
//
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x481018]
//
// goroutine 1 [running]:
//
// Exit: 2
