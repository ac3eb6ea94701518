package main

import "fmt"

type Big [300]int

func (b Big) Sum() int {
	s := 0
	for _, v := range b {
		s += v
	}
	return s
}

func (b Big) Plus(n int) Big {
	b[0] += n
	return b
}

func (b *Big) Inc() { b[1]++ }

func main() {
	var a Big
	a[0], a[299] = 1, 2
	f := a.Sum // a is copied now
	a[0] = 100
	fmt.Println(f(), a.Sum())
	g := Big.Sum
	fmt.Println(g(a))
	h := (*Big).Sum
	fmt.Println(h(&a))
	p := a.Plus
	fmt.Println(p(5)[0], p(6)[0])
	inc := a.Inc
	inc()
	inc()
	fmt.Println(a[1])
	ptr := &a
	q := ptr.Sum
	a[299] = 0
	fmt.Println(q(), ptr.Sum())
	fs := []func() int{a.Sum, f}
	fmt.Println(fs[0](), fs[1]())
}

// Output:
// 3 102
// 102
// 102
// 105 106
// 2
// 104 102
// 102 3
