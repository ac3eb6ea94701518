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
// compile_errors_recursive_type.go:3:6: invalid recursive type Node
// 	compile_errors_recursive_type.go:3:6: Node refers to
// 	compile_errors_recursive_type.go:3:6: Node
//
// Exit: 2
