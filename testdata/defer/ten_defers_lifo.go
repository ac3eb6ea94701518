package main

import "fmt"

var trace []int

func rec(n int) { trace = append(trace, n) }

func ten(x int) (r int) {
	defer rec(1)
	defer rec(2)
	defer rec(3)
	defer rec(4)
	defer rec(5)
	defer func() { r += 6 }()
	defer rec(7)
	defer rec(8)
	defer rec(9)
	defer rec(10)
	return x
}

func main() {
	fmt.Println("ten returned", ten(100))
	fmt.Println(trace)
}

// Output:
// ten returned 106
// [10 9 8 7 5 4 3 2 1]
