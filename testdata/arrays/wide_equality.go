package main

import "fmt"

type Big [300]int

type Rec struct {
	N    int
	Vals Big
	S    string
}

func mk(n int) Big {
	var b Big
	b[n] = n
	return b
}

func main() {
	var a, b Big
	fmt.Println(a == b, a != b)
	b[299] = 1
	fmt.Println(a == b, a != b)
	a[299] = 1
	fmt.Println(a == b)
	if a == mk(0) {
		fmt.Println("a == mk(0)")
	}
	fmt.Println(mk(5) == mk(5), mk(5) == mk(6), a == Big{})
	r1 := Rec{N: 1, S: "x"}
	r2 := Rec{N: 1, S: "x"}
	fmt.Println(r1 == r2)
	r2.Vals[100] = 1
	fmt.Println(r1 == r2, r1 != r2)
	r1.Vals = r2.Vals
	fmt.Println(r1 == r2)
	p, q := &r1, &r2
	fmt.Println(*p == *q, p.Vals == q.Vals)
	var fs [2][300]float64
	fs[0][1] = 0.5
	fs[1][1] = 0.5
	fmt.Println(fs[0] == fs[1])
	switch mk(3) {
	case mk(2):
		fmt.Println("two")
	case mk(3):
		fmt.Println("three")
	}
}

// Output:
// true false
// false true
// true
// true false false
// true
// false true
// true
// true true
// true
// three
