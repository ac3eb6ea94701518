package main

import "fmt"

type Node struct{ next *Node }

func main() {
	var n *Node
	fmt.Println(n == nil)
	panic(n)
}

// Output:
// true
//
// Stderr:
// panic: (*main.Node) 0x0
//
// goroutine 1 [running]:
//
// Exit: 2
