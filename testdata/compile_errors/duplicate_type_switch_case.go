package main

import "fmt"

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int, string:
		fmt.Println("a")
	case int:
		fmt.Println("b")
	}
}

// Stderr:
// duplicate_type_switch_case.go:10:7: duplicate case int in type switch
// 	duplicate_type_switch_case.go:8:7: previous case
//
// Exit: 2
