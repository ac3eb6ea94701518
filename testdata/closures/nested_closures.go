package main

import "fmt"

func adder(base int) func(int) func() int {
	return func(step int) func() int {
		total := base
		return func() int {
			total += step
			base++
			return total*100 + base
		}
	}
}

func main() {
	mk := adder(10)
	a := mk(1)
	b := mk(5)
	fmt.Println(a(), a(), b(), a())

	// Three levels share the outermost variable.
	count := 0
	outer := func() func() func() {
		count++
		return func() func() {
			count += 10
			return func() { count += 100 }
		}
	}
	outer()()()
	outer()()
	fmt.Println(count)

	// A parameter captured and changed by the closure.
	f := func(n int) (func(), func() int) {
		return func() { n *= 2 }, func() int { return n }
	}
	dbl, get := f(3)
	dbl()
	dbl()
	fmt.Println(get())
}

// Output:
// 1111 1212 1513 1314
// 122
// 12
