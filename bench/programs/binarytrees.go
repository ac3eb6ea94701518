// Binary trees (the benchmarks-game shape), depth 14: allocation and GC
// pressure from many short-lived small nodes plus one long-lived tree.
// bench: issue=3
// bench: runs=10
// bench: target time gosub/lua < 1.0
// bench: target rss gosub/go < 2.0
package main

import "fmt"

type Node struct {
	Left, Right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func check(n *Node) int {
	if n.Left == nil {
		return 1
	}
	return 1 + check(n.Left) + check(n.Right)
}

func main() {
	n := 14
	minDepth := 4
	maxDepth := n
	if minDepth+2 > n {
		maxDepth = minDepth + 2
	}
	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretch, check(bottomUp(stretch)))
	longLived := bottomUp(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+minDepth)
		sum := 0
		for i := 0; i < iters; i++ {
			sum += check(bottomUp(d))
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iters, d, sum)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, check(longLived))
}
