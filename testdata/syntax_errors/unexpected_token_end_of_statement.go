package main

func main() {
	x := 1 y
}

// Stderr:
// unexpected_token_end_of_statement.go:4:9: syntax error: unexpected y at end of statement
//
// Exit: 2
