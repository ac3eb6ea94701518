package main

func main() {
	x := 10
	_ = x / 0
}

// Stderr:
// division_by_constant_zero.go:5:10: invalid operation: division by zero
//
// Exit: 2
