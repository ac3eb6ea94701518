package main

import "fmt"


func main() {
	x := 1.0
	fmt.Println(x / 0)
}

// Output:
// +Inf
