package main

type S struct{}

func (s S) M() {}
func (s S) M() {}

func main() {}

// Stderr:
// method_redeclared.go:6:12: S.M redeclared in this block
// 	method_redeclared.go:5:12: other declaration of M
//
// Exit: 2
