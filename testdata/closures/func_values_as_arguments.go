package main

import (
	"fmt"
	"strconv"
)

func apply(f func(int) int, x int) int { return f(x) }

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func double(x int) int { return 2 * x }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

type op struct {
	name string
	fn   func(a, b int) int
}

func main() {
	fmt.Println(apply(double, 21))
	fmt.Println(apply(func(x int) int { return x * x }, 9))
	fmt.Println(mapInts([]int{1, 2, 3}, double))
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))

	ops := []op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	for _, o := range ops {
		fmt.Println(o.name, o.fn(7, 3))
	}

	var fs []func() string
	for _, w := range []string{"x", "y", "z"} {
		w := w
		fs = append(fs, func() string { return w + w })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	itoa := strconv.Itoa
	fmt.Println(itoa(42) + "!")
	var q func(int64, int) string = strconv.FormatInt
	fmt.Printf("[%s]\n", q(255, 16))
}

// Output:
// 42
// 81
// [2 4 6]
// 11 12
// add 10
// sub 4
// mul 21
// xx yy zz 
// 42!
// [ff]
