package main

import "fmt"

func main() {
	b := make([]byte, 5)
	copy(b, "hello world")
	n := copy(b[3:], "XYZ")
	fmt.Println(string(b), n)
	xs := []int{1, 2, 3, 4}
	copy(xs[1:], xs)
	fmt.Println(xs)
}

// Output:
// helXY 2
// [1 1 2 3]
