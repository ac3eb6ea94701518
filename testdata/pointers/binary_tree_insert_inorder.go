package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return "(" + t.Left.String() + " " + fmt.Sprint(t.Val) + " " + t.Right.String() + ")"
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7, 2} {
		root = root.Insert(v)
	}
	var parts []string
	root.InOrder(func(v int) { parts = append(parts, fmt.Sprint(v)) })
	fmt.Println(strings.Join(parts, ","), root.Height())
	fmt.Println(root)
	var empty *Tree
	fmt.Println(empty, empty.Height())
}

// Output:
// 1,2,3,4,5,7,8,9 4
// (((() 1 (() 2 ())) 3 (() 4 ())) 5 ((() 7 ()) 8 (() 9 ())))
// () 0
