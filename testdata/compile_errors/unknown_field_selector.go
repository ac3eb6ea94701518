package main

import "fmt"

type P struct {
	X int
}

func main() {
	p := P{}
	fmt.Println(p.Z)
}

// Stderr:
// unknown_field_selector.go:11:16: p.Z undefined (type P has no field or method Z)
//
// Exit: 2
