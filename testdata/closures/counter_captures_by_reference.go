package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	a := counter()
	b := counter()
	fmt.Println(a(), a(), a())
	fmt.Println(b(), b())
	fmt.Println(a())

	// The closure and the function share one variable.
	x := 10
	add := func(d int) { x += d }
	add(5)
	add(7)
	fmt.Println(x)
	x = 100
	add(1)
	fmt.Println(x)

	// Captured strings, slices and structs are shared too.
	s := "a"
	var list []int
	type pt struct{ X, Y int }
	p := pt{1, 2}
	grow := func() {
		s += "b"
		list = append(list, len(s))
		p.X *= 2
	}
	grow()
	grow()
	fmt.Println(s, list, p)
}

// Output:
// 1 2 3
// 1 2
// 4
// 22
// 101
// abb [2 3] {4 2}
