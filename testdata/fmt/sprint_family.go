package main

import "fmt"

func main() {
	a := fmt.Sprint("x", 1, 2, "y")
	b := fmt.Sprintln("x", 1)
	c := fmt.Sprintf("%03d-%s", 7, "z")
	fmt.Print(a, "|", b)
	fmt.Println(c, len(b))
}

// Output:
// x1 2y|x 1
// 007-z 4
