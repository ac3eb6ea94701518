package main

import "os"

func main() {
	x := 1
	var s string = 5
	foo()
}

// Stderr:
// errors_sorted_by_position.go:3:8: imported and not used: "os"
// errors_sorted_by_position.go:6:2: x declared but not used
// errors_sorted_by_position.go:7:17: cannot use 5 (untyped int constant) as string value in variable declaration
// errors_sorted_by_position.go:8:2: undefined: foo
//
// Exit: 2
