// Closures: create many closures capturing variables (by reference) and
// call them.
// bench: issue=3
// bench: runs=5
// bench: target time gosub/lua < 1.0
package main

import "fmt"

func counter() (func() int, func(int)) {
	n := 0
	return func() int { n++; return n }, func(d int) { n += d }
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	total := 0
	for i := 0; i < 300000; i++ {
		next, add := counter()
		add(i)
		next()
		total += next()
	}
	k := 3
	scale := func(x int) int { return x * k }
	for i := 0; i < 3000000; i++ {
		total += apply(scale, i) & 7
	}
	fmt.Println(total)
}
