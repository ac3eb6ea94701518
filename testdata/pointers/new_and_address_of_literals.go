package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	p := new(int)
	*p = 41
	*p++
	fmt.Println(*p)
	n := &Node{Val: 1}
	n.Next = &Node{2, nil}
	n.Next.Next = &Node{Val: 3}
	sum := 0
	for c := n; c != nil; c = c.Next {
		sum += c.Val
	}
	fmt.Println(sum, n.Next.Next.Next == nil)
	z := new(Node)
	fmt.Println(z.Val, z.Next == nil, *z)
}

// Output:
// 42
// 6 true
// 0 true {0 <nil>}
