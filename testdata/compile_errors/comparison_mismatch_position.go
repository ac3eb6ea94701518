package main

import "fmt"

func main() {
	n := 3
	avg := 1.5
	fmt.Println(n < avg)
}

// Stderr:
// comparison_mismatch_position.go:8:18: invalid operation: n < avg (mismatched types int and float64)
//
// Exit: 2
