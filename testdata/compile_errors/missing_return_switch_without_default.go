package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	}
}

func main() {
	fmt.Println(grade(85))
}

// Stderr:
// missing_return_switch_without_default.go:12:1: missing return
//
// Exit: 2
