package main

import "fmt"

func main() {
	var b uint8 = 0
	b--
	fmt.Println(b)
	b += 10
	fmt.Println(b)
}

// Output:
// 255
// 9
