package main

import "fmt"

func main() {
	fmt.Println("a", 1, true, 2.5, "b")
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, "\n")
}

// Output:
// a 1 true 2.5 b
// ab1 2c3
// 1 2
