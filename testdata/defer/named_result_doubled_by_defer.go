package main

import "fmt"

func double(x int) (result int) {
	defer func() {
		result *= 2
	}()
	return x + 1
}

func addThenDouble(x int) (r int) {
	defer func() { r *= 2 }()
	defer func() { r += 10 }() // runs first
	return x
}

func main() {
	fmt.Println(double(3))
	fmt.Println(double(0))
	fmt.Println(addThenDouble(1))
}

// Output:
// 8
// 2
// 22
