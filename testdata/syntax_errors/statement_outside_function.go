package main

x := 1

func main() {}

// Stderr:
// statement_outside_function.go:3:1: syntax error: non-declaration statement outside function body
//
// Exit: 2
