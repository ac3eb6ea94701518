package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println(f == nil)
	f = func(x int) int { return x + 1 }
	fmt.Println(f != nil, f(1))
	f = nil
	fmt.Println("calling")
	fmt.Println(f(2))
}

// Output:
// true
// true 2
// calling
//
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4810e8]
//
// goroutine 1 [running]:
//
// Exit: 2
