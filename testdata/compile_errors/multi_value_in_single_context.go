package main

import "strconv"

func main() {
	n := strconv.Atoi("3")
	_ = n
}

// Stderr:
// multi_value_in_single_context.go:6:7: assignment mismatch: 1 variable but strconv.Atoi returns 2 values
//
// Exit: 2
