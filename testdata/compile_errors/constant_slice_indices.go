package main

import "fmt"

func main() {
	var a [3]int
	x := []int{1, 2, 3}
	fmt.Println(a[1:5], x[2:1])
}

// Stderr:
// constant_slice_indices.go:8:18: invalid argument: index 5 out of bounds [0:4]
// constant_slice_indices.go:8:26: invalid slice indices: 1 < 2
//
// Exit: 2
