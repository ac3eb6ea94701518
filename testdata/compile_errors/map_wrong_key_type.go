package main

import "fmt"


func main() {
	m := map[string]int{}
	m[1] = 2
	fmt.Println(m)
}

// Stderr:
// map_wrong_key_type.go:8:4: cannot use 1 (untyped int constant) as string value in map index
//
// Exit: 2
