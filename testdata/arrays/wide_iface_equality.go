package main

import "fmt"

type Big [300]int

type Pair struct {
	A, B [200]int
}

func main() {
	var a, b Big
	var x, y any = a, b
	fmt.Println(x == y)
	b[150] = 1
	y = b
	fmt.Println(x == y, x != y)
	var p, q Pair
	p.B[199] = 2
	q.B[199] = 2
	var i, j any = p, q
	fmt.Println(i == j, i == x)
	q.A[0] = 1
	j = q
	fmt.Println(i == j)
	fmt.Println(x == any(a), y == any(a))
}

// Output:
// true
// false true
// true false
// false
// true false
