package main

import "fmt"

type Big [1000]int

var g Big

func main() {
	var a [1000]int
	for i := range a {
		a[i] = i
	}
	b := a
	b[1] = 100
	fmt.Println(a[1], b[1])
	a = b
	a[2] = 200
	fmt.Println(a[1], a[2], b[2])
	g = Big(a)
	g[0] = -1
	fmt.Println(g[0], a[0], g[1])
	a = g
	fmt.Println(a[0])
	c := g
	c[3] = 3000
	fmt.Println(c[3], g[3])
	p := &c
	q := *p
	q[3] = 1
	*p = Big(b)
	fmt.Println(q[3], c[3], c[1])
	var m [2][600]int
	m[1][5] = 5
	m[0] = m[1]
	m[1][5] = 6
	fmt.Println(m[0][5], m[1][5])
	i := 1
	m[i-1] = m[i]
	fmt.Println(m[0][5])
	func() {
		a = b // captured: a lives in a cell
		a[4] = 44
	}()
	fmt.Println(a[4], b[4], a[1])
	a = a
	fmt.Println(a[4])
}

// Output:
// 1 100
// 100 200 2
// -1 0 100
// -1
// 3000 3
// 1 3 100
// 5 6
// 6
// 44 4 100
// 44
