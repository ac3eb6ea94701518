package main

import "fmt"

func f(x int) (out int) {
	defer func() {
		fmt.Println("defer sees out =", out)
	}()
	out = 1
	if x > 0 {
		return x * 100
	}
	return
}

func g() (s string, n int) {
	defer func() { fmt.Println("g defer sees", s, n) }()
	s, n = "local", 1
	return "returned", 2
}

func main() {
	fmt.Println("f(3) =", f(3))
	fmt.Println("f(0) =", f(0))
	a, b := g()
	fmt.Println("g() =", a, b)
}

// Output:
// defer sees out = 300
// f(3) = 300
// defer sees out = 1
// f(0) = 1
// g defer sees returned 2
// g() = returned 2
