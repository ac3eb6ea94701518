package main

func main() {
	x := 1
	s := "a"
	_ = x + s
}

// Stderr:
// mismatched_types.go:6:6: invalid operation: x + s (mismatched types int and string)
//
// Exit: 2
