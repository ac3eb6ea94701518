package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fmt.Println(1)
	default:
	default:
	}
}

// Stderr:
// switch_multiple_defaults.go:11:2: multiple defaults (first at switch_multiple_defaults.go:10:2)
//
// Exit: 2
