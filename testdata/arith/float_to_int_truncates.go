package main

import "fmt"

func main() {
	f := 3.99
	g := -3.99
	fmt.Println(int(f), int(g), int64(f*100))
	var i int = 7
	fmt.Println(float64(i) / 2)
}

// Output:
// 3 -3 399
// 3.5
