package main

import "fmt"

func main() {
	for _, x := range "ab" {
		_ = x
	}
	for i := -1; i <= 1; i++ {
		switch {
		case i < 0:
			fmt.Println("negative")
		case i == 0:
			fmt.Println("zero")
		default:
			fmt.Println("positive")
		}
	}
}

// Output:
// negative
// zero
// positive
