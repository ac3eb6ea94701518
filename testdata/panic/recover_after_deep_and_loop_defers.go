package main

import "fmt"

var count int

func rec(n int) {
	defer func() { count++ }()
	if n == 0 {
		panic("bottom")
	}
	rec(n - 1)
}

func loopy(n int) (s int) {
	defer func() {
		if r := recover(); r != nil {
			s = -s
		}
	}()
	for i := 0; i < n; i++ {
		defer func(i int) { s += i }(i)
	}
	panic("x")
}

func main() {
	func() {
		defer func() { fmt.Println(recover(), count) }()
		rec(100000)
	}()
	fmt.Println(loopy(10))
}

// Output:
// bottom 100001
// -45
