package main

import "fmt"

func main() {
	m := map[[]int]string{}
	m[[]int{1}] = "a"
	fmt.Println(len(m))
}

// Stderr:
// invalid_map_key.go:6:11: invalid map key type []int
//
// Exit: 2
