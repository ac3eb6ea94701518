package main

import "fmt"

type Vec struct{ X, Y int }

func scale(v *Vec, k int) { v.X *= k; v.Y *= k }
func fill(a *[4]int, v int) {
	for i := range a {
		a[i] = v + i
	}
}

func main() {
	v := Vec{1, 2}
	scale(&v, 3)
	fmt.Println(v)
	px := &v.X
	*px = 100
	fmt.Println(v, *px)
	var arr [4]int
	fill(&arr, 10)
	fmt.Println(arr, len(&arr))
	pa := &arr
	s := pa[1:3]
	s[0] = -1
	fmt.Println(arr, s, cap(s))
	vs := []Vec{{1, 1}, {2, 2}}
	p := &vs[1]
	vs = append(vs, Vec{3, 3})
	p.X = 99
	fmt.Println(vs[1].X == 99, p.X)
	pp := &p
	(*pp).Y = 7
	(**pp).X = 8
	fmt.Println(*p)
	n := new(int)
	*n += 5
	q := n
	*q *= 2
	fmt.Println(*n, n == q, new(int) == new(int))
}

// Output:
// {3 6}
// {100 6} 100
// [10 11 12 13] 4
// [10 -1 12 13] [-1 12] 3
// false 99
// {8 7}
// 10 true false
