package main

import "fmt"

func classify(n int) string {
	if m := n % 3; m == 0 {
		return "fizz"
	} else if m == 1 {
		return "one"
	} else {
		return "two"
	}
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(i, classify(i))
	}
}

// Output:
// 0 fizz
// 1 one
// 2 two
// 3 fizz
// 4 one
