package main

import (
	"errors"
	"fmt"
)

type Big [300]int

func (b Big) Sum() int {
	s := 0
	for _, v := range b {
		s += v
	}
	return s
}

type Summer interface{ Sum() int }

type Outer struct {
	Big
	N int
}

type E struct{ B Big }

func (e E) Error() string { return fmt.Sprint("E", e.B[0]) }

func vsum(xs ...Big) int {
	t := 0
	for _, x := range xs {
		t += x.Sum()
	}
	return t
}

func main() {
	var a Big
	a[0] = 4
	var s Summer = a
	fmt.Println(s.Sum())
	var sp Summer = &a
	a[1] = 1
	fmt.Println(sp.Sum())
	o := Outer{N: 1}
	o.Big[2] = 7
	s = o
	fmt.Println(s.Sum(), o.Sum())
	s = &o
	fmt.Println(s.Sum())
	f := o.Sum
	fmt.Println(f())
	var err error = E{a}
	fmt.Println(err)
	fmt.Println(errors.Is(err, err))
	fmt.Println(vsum(a, a, Big{1: 1}))
	arr := [2]Big{a, {}}
	for i, v := range arr {
		fmt.Println(i, v.Sum())
	}
	mk := map[Big]int{}
	mk[a] = 1
	mk[Big{}] = 2
	mk[a]++
	fmt.Println(mk[a], mk[Big{}], len(mk))
	for k, v := range mk {
		if k == a {
			fmt.Println("a", v)
		}
	}
	delete(mk, a)
	fmt.Println(len(mk))
	p := new(Big)
	p[3] = 3
	fmt.Println(p.Sum())
	var x any = o
	switch v := x.(type) {
	case Outer:
		fmt.Println("outer", v.N, v.Big[2])
	}
	fmt.Printf("%v\n", err)
	defer func() {
		r := recover()
		fmt.Println("rec", r)
	}()
	panic(E{a})
}

// Output:
// 4
// 5
// 7 7
// 7
// 7
// E4
// true
// 11
// 0 5
// 1 0
// 2 2 2
// a 2
// 1
// 3
// outer 1 7
// E4
// rec E4
