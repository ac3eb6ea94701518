package main

func main() {
	var s string = 5
	_ = s
}

// Stderr:
// untyped_const_to_string_var.go:4:17: cannot use 5 (untyped int constant) as string value in variable declaration
//
// Exit: 2
