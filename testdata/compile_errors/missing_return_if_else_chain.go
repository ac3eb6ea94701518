package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func main() {
	_ = sign(1)
}

// Stderr:
// missing_return_if_else_chain.go:9:1: missing return
//
// Exit: 2
