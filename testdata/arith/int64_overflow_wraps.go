package main

import "fmt"

func main() {
	var x int64 = 9223372036854775807
	x++
	fmt.Println(x)
	var u uint64 = 0
	u--
	fmt.Println(u)
}

// Output:
// -9223372036854775808
// 18446744073709551615
