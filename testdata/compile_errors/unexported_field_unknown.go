package main

type T struct{ a int }

func main() {
	t := T{b: 1}
	_ = t
}

// Stderr:
// unexported_field_unknown.go:6:9: unknown field 'b' in struct literal of type T
//
// Exit: 2
