package main

import "fmt"

func main() {
	var x any = 1
	switch x.(type) {
	case int:
		fmt.Println(1)
	default:
	default:
	}
}

// Stderr:
// type_switch_multiple_defaults.go:11:2: multiple defaults (first at type_switch_multiple_defaults.go:10:2)
//
// Exit: 2
