package main

import "fmt"

func main() {
	var x int32 = 1
	var n uint = 40
	fmt.Println(x<<n, x<<31)
	var s int8 = -128
	fmt.Println(s>>1, s>>100)
	var u uint8 = 200
	fmt.Println(u>>3, u<<1)
}

// Output:
// 0 -2147483648
// -64 -1
// 25 144
