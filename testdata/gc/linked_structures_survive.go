package main

import (
	"fmt"
	"runtime"
)

type Tree struct {
	Left, Right *Tree
	Label       string
}

func build(depth int, label string) *Tree {
	if depth == 0 {
		return &Tree{Label: label}
	}
	return &Tree{build(depth-1, label+"L"), build(depth-1, label+"R"), label}
}

func count(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + count(t.Left) + count(t.Right)
}

func main() {
	keep := build(10, "")
	for i := 0; i < 20; i++ {
		build(8, "tmp")
		runtime.GC()
	}
	fmt.Println(count(keep), keep.Right.Left.Label, keep.Left.Left.Left.Right.Label)
}

// Output:
// 2047 RL LLLR
