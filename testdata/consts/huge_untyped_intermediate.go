package main

import "fmt"

const big = 1 << 100

func main() {
	fmt.Println(big >> 98)
	fmt.Println(big / (1 << 90))
	const f = 0.1 + 0.2
	fmt.Println(f == 0.3)
}

// Output:
// 4
// 1024
// true
