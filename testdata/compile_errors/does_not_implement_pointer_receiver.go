package main

import "fmt"

type S struct{}

func (s *S) String() string { return "s" }

func main() {
	var x fmt.Stringer = S{}
	_ = x
}

// Stderr:
// does_not_implement_pointer_receiver.go:10:23: cannot use S{} (value of type S) as type fmt.Stringer in variable declaration:
// 	S does not implement fmt.Stringer (String method has pointer receiver)
//
// Exit: 2
