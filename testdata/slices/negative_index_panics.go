package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	i := -1
	fmt.Println(len(s))
	s[i] = "c"
}

// Output:
// 2
//
// Stderr:
// panic: runtime error: index out of range [-1]
//
// goroutine 1 [running]:
//
// Exit: 2
