package main

func main() {
	x := 1
}

// Stderr:
// declared_but_not_used.go:4:2: x declared but not used
//
// Exit: 2
