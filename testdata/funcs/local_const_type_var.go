package main

import "fmt"

func main() {
	const limit = 3
	type score int
	var s score = limit * 2
	var t, u = 1, "two"
	fmt.Println(s, t, u)
	fmt.Printf("%T\n", s)
}

// Output:
// 6 1 two
// main.score
