package main

import "fmt"

func main() {
	s := "first"
	defer print("\n")
	defer print("deferred print: ", s, " ", 42, " ", false)
	s = "second"
	defer print("[", s, "]")
	fmt.Println("stdout body", s)
}

// Output:
// stdout body second
//
// Stderr:
// [second]deferred print: first 42 false
