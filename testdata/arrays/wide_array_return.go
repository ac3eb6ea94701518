package main

import "fmt"

func fill(n int) [1000]int {
	var a [1000]int
	for i := range a {
		a[i] = i * n
	}
	return a
}

func twice(a [1000]int) ([1000]int, int) {
	for i := range a {
		a[i] *= 2
	}
	return a, a[999]
}

func named() (r [1000]int) {
	r[5] = 55
	return
}

func deferred() (r [1000]int) {
	defer func() { r[6] = 66 }()
	r[5] = 5
	return r
}

var kept [1000]int

func global() [1000]int { return kept }

func sum(a [1000]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func main() {
	b := fill(3)
	fmt.Println(b[0], b[1], b[999])
	d, last := twice(b)
	fmt.Println(d[10], last, b[10])
	d, last = twice(d)
	fmt.Println(d[10], last)
	e := named()
	fmt.Println(e[5], e[4])
	e = deferred()
	fmt.Println(e[5], e[6])
	kept[1] = 11
	k := global()
	k[1] = 12
	fmt.Println(kept[1], k[1])
	fmt.Println(sum(fill(2)))
	var y [1000]int = fill(5)
	fmt.Println(y[999])
	_ = fill(1)
	_, last = twice(y)
	fmt.Println(last)
}

// Output:
// 0 3 2997
// 60 5994 30
// 120 11988
// 55 0
// 5 66
// 11 12
// 999000
// 4995
// 9990
