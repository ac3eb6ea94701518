package main

func (x int) Double() int { return x * 2 }

func main() {}

// Stderr:
// method_on_int.go:3:7: cannot define new methods on non-local type int
//
// Exit: 2
