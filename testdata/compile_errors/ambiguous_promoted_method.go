package main

import "fmt"

type A struct{}

func (A) Hello() string { return "A" }

type B struct{}

func (B) Hello() string { return "B" }

type C struct {
	A
	B
}

func main() {
	var c C
	fmt.Println(c.Hello())
}

// Stderr:
// ambiguous_promoted_method.go:20:16: ambiguous selector c.Hello
//
// Exit: 2
