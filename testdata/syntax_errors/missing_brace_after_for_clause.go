package main

func main() {
	for i := 0; i < 3; i++
	{
	}
}

// Stderr:
// missing_brace_after_for_clause.go:4:24: syntax error: unexpected newline, expecting { after for clause
//
// Exit: 2
