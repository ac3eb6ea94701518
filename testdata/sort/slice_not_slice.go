package main

import (
	"fmt"
	"sort"
)

func main() {
	fmt.Println("start")
	sort.Slice(42, func(i, j int) bool { return false })
	fmt.Println("unreachable")
}

// Output:
// start
//
// Stderr:
// panic: reflect: call of Swapper on int Value
//
// goroutine 1 [running]:
//
// Exit: 2
