package main

type P struct {
	X, Y int
}

func main() {
	_ = P{1}
	_ = P{1, 2, 3}
	_ = P{Z: 1}
	_ = P{X: 1, 2}
	_ = P{X: 1, X: 2}
}

// Stderr:
// struct_literal_errors.go:8:9: too few values in P{…}
// struct_literal_errors.go:9:14: too many values in P{…}
// struct_literal_errors.go:10:8: unknown field 'Z' in struct literal of type P
// struct_literal_errors.go:11:14: mixture of field:value and value elements in struct literal
// struct_literal_errors.go:12:15: duplicate field name X in struct literal
//
// Exit: 2
