package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	s := 0
	for ; n != nil; n = n.Next {
		s += n.Val
	}
	return s
}

func main() {
	l := &Node{1, &Node{2, nil}}
	fmt.Println(l.Sum())
	var empty *Node
	fmt.Println(empty.Sum())
	fmt.Println(l.Next.Next.Val)
}

// Output:
// 3
// 0
//
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4810c8]
//
// goroutine 1 [running]:
//
// Exit: 2
