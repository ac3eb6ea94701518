package main

import "fmt"

type Grid struct {
	name  string
	cells [600]int
	tags  []string
}

func (g Grid) Total() int {
	t := 0
	for _, c := range g.cells {
		t += c
	}
	g.cells[0] = -5
	g.name = "changed"
	return t
}

func mk(name string) Grid {
	var g Grid
	g.name = name
	for i := range g.cells {
		g.cells[i] = i % 7
	}
	g.tags = append(g.tags, name+"!")
	return g
}

type Holder struct {
	g Grid
	n int
}

func (h *Holder) Grid() Grid { return h.g }

func main() {
	a := mk("a")
	b := a
	b.cells[3] = 1000
	b.name = "b"
	fmt.Println(a.name, a.cells[3], b.name, b.cells[3], a.tags, b.tags)
	fmt.Println(a.Total(), a.cells[0], a.name)
	var h Holder
	h.g = a
	h.n = 1
	fmt.Println(h.g.name, h.g.cells[6], h.g.Total())
	arr := h.g.cells
	arr[6] = 77
	fmt.Println(arr[6], h.g.cells[6])
	h.g.cells = arr
	fmt.Println(h.g.cells[6])
	p := &h
	q := p.g
	q.cells[6] = 1
	fmt.Println(q.cells[6], p.g.cells[6], p.Grid().cells[6])
	var grids [2]Grid
	grids[1] = a
	grids[0].cells = arr
	fmt.Println(grids[1].name, grids[0].cells[6], grids[1].Total())
	x := grids[1]
	x.name = "x"
	fmt.Println(x.name, grids[1].name)
	ptr := &grids[0]
	*ptr = mk("p")
	fmt.Println(grids[0].name, grids[0].cells[6], ptr.Total())
}

// Output:
// a 3 b 1000 [a!] [a!]
// 1795 0 a
// a 6 1795
// 77 6
// 77
// 1 77 77
// a 77 1795
// x a
// p 6 1795
