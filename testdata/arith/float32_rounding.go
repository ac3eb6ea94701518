package main

import "fmt"

func main() {
	var f float32 = 0.1
	var g float32 = 0.2
	fmt.Println(f+g, float64(f))
	var d float64 = 0.1
	fmt.Println(d + 0.2)
}

// Output:
// 0.3 0.10000000149011612
// 0.30000000000000004
