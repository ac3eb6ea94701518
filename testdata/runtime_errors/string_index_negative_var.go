package main

import "fmt"

func main() {
	s := "hello"
	i := -1
	for j := len(s) - 1; j >= 0; j-- {
		fmt.Print(string(s[j]))
	}
	fmt.Println()
	fmt.Println(s[i])
}

// Output:
// olleh
//
// Stderr:
// panic: runtime error: index out of range [-1]
//
// goroutine 1 [running]:
//
// Exit: 2
