package main

func main() {
	var n int
	n = "five"
	_ = n
}

// Stderr:
// assign_string_to_int.go:5:6: cannot use "five" (untyped string constant) as int value in assignment
//
// Exit: 2
