package main

func main() {
	x := 1

// Stderr:
// unexpected_eof.go:10:1: syntax error: unexpected EOF, expecting }
//
// Exit: 2
