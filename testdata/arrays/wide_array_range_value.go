package main

import "fmt"

type Rec struct {
	id   int
	data [300]int
}

func main() {
	// range over an array value ranges over a copy: writes in the body
	// are not seen by later iterations.
	var a [1000]int
	for i := range a {
		a[i] = i
	}
	s := 0
	for i, v := range a {
		if i+1 < len(a) {
			a[i+1] = 0
		}
		s += v
	}
	fmt.Println(s, a[999])
	var r Rec
	r.data[299] = 9
	t := 0
	for i, v := range r.data {
		r.data[299] = 1
		t += v * (i%2 + 1)
	}
	fmt.Println(t, r.data[299])
	p := &a
	u := 0
	for i, v := range p { // through a pointer: read live
		if i == 0 {
			p[1] = 42
		}
		u += v
	}
	fmt.Println(u)
}

// Output:
// 499500 0
// 18 1
// 42
