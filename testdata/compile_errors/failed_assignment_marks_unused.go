package main

func main() {
	var s string
	s = nil
}

// Stderr:
// failed_assignment_marks_unused.go:5:6: cannot use nil as string value in assignment
//
// Exit: 2
