package main

import "fmt"

func main() {
outer:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
	for j := 0; j < 2; j++ {
		break outer
	}
}

// Stderr:
// break_label_not_enclosing.go:11:9: invalid break label outer
//
// Exit: 2
