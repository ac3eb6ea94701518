package main

func main() {
	a := 1
	b := 2.5
	_ = a * b
}

// Stderr:
// int_float_mix.go:6:6: invalid operation: a * b (mismatched types int and float64)
//
// Exit: 2
