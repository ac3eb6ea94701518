package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	p := &m["a"]
	fmt.Println(p)
}

// Stderr:
// address_of_map_element.go:7:8: invalid operation: cannot take address of m["a"] (map index expression of type int)
//
// Exit: 2
