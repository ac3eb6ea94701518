package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0x0f
	fmt.Println(^u)
}

// Output:
// 8 14 6 4 -13
// 240
