package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	a := (*[2]int)(s)
	fmt.Println(*a)
	b := (*[4]int)(s)
	fmt.Println(b)
}

// Output:
// [1 2]
//
// Stderr:
// panic: runtime error: cannot convert slice with length 3 to pointer to array with length 4
//
// goroutine 1 [running]:
//
// Exit: 2
