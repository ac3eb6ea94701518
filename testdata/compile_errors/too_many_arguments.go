package main

func add(a, b int) int { return a + b }

func main() {
	_ = add(1, 2, 3)
}

// Stderr:
// too_many_arguments.go:6:16: too many arguments in call to add
// 	have (number, number, number)
// 	want (int, int)
//
// Exit: 2
