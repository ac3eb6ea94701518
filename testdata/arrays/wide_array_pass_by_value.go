package main

import "fmt"

// Arrays wider than a frame's registers are passed by value: the callee
// works on its own copy.
func sum(a [1000]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	a[0] = 999 // the caller's array must not change
	return s
}

func scale(k int, a [1000]int, tail string) int {
	a[1] *= k
	return a[1] + len(tail)
}

var g [1000]int

func main() {
	var a [1000]int
	for i := range a {
		a[i] = i
	}
	fmt.Println(sum(a), a[0])
	fmt.Println(scale(3, a, "xy"), a[1])
	g[7] = 7
	fmt.Println(sum(g), g[0])
	f := func(a [1000]int) int { a[2]++; return a[2] }
	fmt.Println(f(a), a[2])
	fmt.Println(sum([1000]int{1, 2, 3, 999: 4}))
}

// Output:
// 499500 0
// 5 1
// 7 0
// 3 2
// 10
