package main

import "fmt"

func main() {
	s := "b"
	switch s {
	case "a", "b":
		fmt.Println(1)
	case "c", "a":
		fmt.Println(2)
	}
}

// Stderr:
// duplicate_string_case.go:10:12: duplicate case "a" (constant of type string) in expression switch
// 	duplicate_string_case.go:8:7: previous case
//
// Exit: 2
