package main

func main() {
	x := 5
	x()
}

// Stderr:
// call_non_function.go:5:2: invalid operation: cannot call non-function x (variable of type int)
//
// Exit: 2
