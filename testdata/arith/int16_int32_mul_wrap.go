package main

import "fmt"

func main() {
	var a int16 = 300
	a *= 300
	fmt.Println(a)
	var b int32 = 1 << 30
	b *= 4
	fmt.Println(b)
	var c uint32 = 1 << 31
	c *= 2
	fmt.Println(c)
}

// Output:
// 24464
// 0
// 0
