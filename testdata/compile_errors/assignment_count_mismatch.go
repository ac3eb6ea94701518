package main

func two() (int, int) { return 1, 2 }

func main() {
	a := two()
	_ = a
}

// Stderr:
// assignment_count_mismatch.go:6:7: assignment mismatch: 1 variable but two returns 2 values
//
// Exit: 2
