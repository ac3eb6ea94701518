package main

import "fmt"


func main() {
	var s string
	s = ""
	fmt.Println(s)
	var p []int = nil
	var m map[int]int = nil
	fmt.Println(p, m, len(nil))
}

// Stderr:
// len_of_nil.go:12:24: invalid argument: nil for len
//
// Exit: 2
