package main

import "fmt"

func main() {
	var x int8 = 127
	x++
	fmt.Println(x)
	var y int8 = -128
	y--
	fmt.Println(y)
}

// Output:
// -128
// 127
