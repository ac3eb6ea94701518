package main

func f() (int, error) {
	return 1
}

func main() {
	f()
}

// Stderr:
// return_count_mismatch.go:4:9: not enough return values
// 	have (number)
// 	want (int, error)
//
// Exit: 2
