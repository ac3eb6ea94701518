package main

import "fmt"

type ValidationError struct {
	Field string
	Line  int
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("line %d: invalid field %q", e.Line, e.Field)
}

func main() {
	fmt.Println("validating")
	panic(ValidationError{"port", 12})
}

// Output:
// validating
//
// Stderr:
// panic: line 12: invalid field "port"
//
// goroutine 1 [running]:
//
// Exit: 2
