package main

func main() {
L:
	for {
	}
}

// Stderr:
// label_defined_not_used.go:4:1: label L defined and not used
//
// Exit: 2
