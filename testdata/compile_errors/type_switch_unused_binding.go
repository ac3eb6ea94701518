package main

import "fmt"

func main() {
	var v interface{} = 1
	switch x := v.(type) {
	case int:
		fmt.Println("int")
	}
}

// Stderr:
// type_switch_unused_binding.go:7:9: x declared but not used
//
// Exit: 2
