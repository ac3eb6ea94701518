package main

import "fmt"

type point struct{ X, Y int }

type rect struct {
	Min, Max point
	Name     string
}

var global = 7

func set(p *int, v int) { *p = v }

func main() {
	x := 1
	p := &x
	*p = 2
	fmt.Println(x, *p, p == &x)
	set(&x, 3)
	fmt.Println(x)

	r := rect{point{0, 0}, point{4, 5}, "r"}
	mx := &r.Max
	mx.X = 40
	py := &r.Max.Y
	*py = 50
	fmt.Println(r)
	fmt.Println(&r.Min == &r.Min, &r.Min.X == &r.Max.X)

	s := []point{{1, 2}, {3, 4}}
	e := &s[1]
	e.Y = 44
	fmt.Println(s)
	s[1].X = 33
	fmt.Println(*e)
	q := &s[0].X
	*q = 11
	fmt.Println(s, &s[0] == &s[0], &s[0] == &s[1])

	g := &global
	*g += 1
	fmt.Println(global)
	set(&global, 100)
	fmt.Println(global, *g)

	rp := &r
	rp.Name = "renamed"
	pn := &rp.Name
	*pn += "!"
	fmt.Println(r.Name)

	var np *point
	fmt.Println(np == nil, p != nil)

	ints := []int{1, 2, 3}
	ptrs := []*int{&ints[0], &ints[2]}
	*ptrs[0] = 10
	*ptrs[1] = 30
	fmt.Println(ints)
}

// Output:
// 2 2 true
// 3
// {{0 0} {40 50} r}
// true false
// [{1 2} {3 44}]
// {33 44}
// [{11 2} {33 44}] true false
// 8
// 100 100
// renamed!
// true true
// [10 2 30]
