package main

func main() {
	var x int8 = 200
	_ = x
}

// Stderr:
// constant_overflows_int8.go:4:15: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)
//
// Exit: 2
