package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(p *[3]int) {
	for i := range p {
		p[i] = i + 1
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	c := double(a)
	fmt.Println(a, b, c)
	var z [3]int
	fill(&z)
	fmt.Println(z, len(z), cap(z))
	type pair struct {
		Name string
		Vals [2]float64
	}
	p := pair{"p", [2]float64{1.5, 2.5}}
	q := p
	q.Vals[0] = -1
	fmt.Println(p, q)
	ps := []pair{p, q}
	ps[1].Vals[1] = 9
	fmt.Println(ps)
}

// Output:
// [1 2 3] [100 2 3] [2 4 6]
// [1 2 3] 3 3
// {p [1.5 2.5]} {p [-1 2.5]}
// [{p [1.5 2.5]} {p [-1 9]}]
