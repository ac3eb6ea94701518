package main

func main() {
	a, b := 1, 2
	a, b := 3, 4
	_, _ = a, b
}

// Stderr:
// redeclared_no_new_variables.go:5:7: no new variables on left side of :=
//
// Exit: 2
