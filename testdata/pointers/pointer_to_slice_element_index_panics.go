package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	p := &s[i]
	fmt.Println(*p)
}

// Output:
// before
//
// Stderr:
// panic: runtime error: index out of range [5] with length 3
//
// goroutine 1 [running]:
//
// Exit: 2
