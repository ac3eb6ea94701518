package main

import "fmt"

type Index struct {
	byName map[string]int
}

func main() {
	var idx Index
	fmt.Println(idx.byName["x"], len(idx.byName))
	idx.byName["x"] = 1
	fmt.Println("unreachable")
}

// Output:
// 0 0
//
// Stderr:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
//
// Exit: 2
