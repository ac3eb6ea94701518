package main

import (
	"fmt"
	"strconv"
)

func twice(n int) int {
	fmt.Println("twice called with", n)
	return n * 2
}

func pair() (int, string) {
	fmt.Println("pair called")
	return 1, "one"
}

func main() {
	defer twice(21)
	defer pair()
	defer strconv.Itoa(5)
	defer fmt.Sprintf("ignored %d", 1)
	defer func() int { fmt.Println("literal with result"); return 3 }()
	fmt.Println("main body")
}

// Output:
// main body
// literal with result
// pair called
// twice called with 21
