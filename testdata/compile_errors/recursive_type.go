package main

type Node struct {
	Val  int
	Next Node
}

func main() {
	var n Node
	_ = n
}

// Stderr:
// recursive_type.go:3:6: invalid recursive type Node
// 	recursive_type.go:3:6: Node refers to
// 	recursive_type.go:3:6: Node
//
// Exit: 2
