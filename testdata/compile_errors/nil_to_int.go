package main

func main() {
	var x int = nil
	_ = x
}

// Stderr:
// nil_to_int.go:4:14: cannot use nil as int value in variable declaration
//
// Exit: 2
