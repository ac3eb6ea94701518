package main

import "fmt"

func main() {
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	// Mutual recursion through variables.
	var even, odd func(int) bool
	even = func(n int) bool {
		if n == 0 {
			return true
		}
		return odd(n - 1)
	}
	odd = func(n int) bool {
		if n == 0 {
			return false
		}
		return even(n - 1)
	}
	fmt.Println(even(10), odd(7), even(3))

	// A closure that walks a tree it closes over.
	type node struct {
		val         int
		left, right *node
	}
	root := &node{5, &node{3, &node{1, nil, nil}, nil}, &node{8, nil, &node{9, nil, nil}}}
	var out []int
	var walk func(n *node)
	walk = func(n *node) {
		if n == nil {
			return
		}
		walk(n.left)
		out = append(out, n.val)
		walk(n.right)
	}
	walk(root)
	fmt.Println(out)
}

// Output:
// 6765
// true true false
// [1 3 5 8 9]
