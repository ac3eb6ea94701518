package main

func main()
{
}

// Stderr:
// newline_before_brace.go:4:1: syntax error: unexpected semicolon or newline before {
//
// Exit: 2
