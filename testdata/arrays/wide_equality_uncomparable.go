package main

import "fmt"

type Big [300]any

func main() {
	var a, b Big
	a[299], b[299] = 1, 1
	fmt.Println(a == b)
	defer func() { fmt.Println("recovered:", recover()) }()
	a[5], b[5] = []int{1}, []int{1}
	fmt.Println(a == b)
}

// Output:
// true
// recovered: runtime error: comparing uncomparable type []int
