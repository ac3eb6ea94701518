package main

import "fmt"

type Grid struct {
	W, H  int
	Cells [16][16]int
	Label string
}

func (g Grid) Count() int {
	n := 0
	for _, row := range g.Cells {
		for _, c := range row {
			n += c
		}
	}
	return n
}

func main() {
	var g Grid
	g.W, g.H, g.Label = 16, 16, "g"
	g.Cells[3][4] = 2
	var x any = g
	h := x.(Grid)
	h.Cells[0][0] = 1
	fmt.Println(h.Count(), g.Count(), g == x.(Grid), h == g)
	m := map[string]Grid{"a": g}
	m["b"] = h
	fmt.Println(m["a"].Count(), m["b"].Count(), m["a"] == g)
	gs := []Grid{g, h}
	gs = append(gs, gs[0])
	fmt.Println(len(gs), gs[2].Count(), gs[1] == h)
	c := g.Count
	g.Cells[3][4] = 0
	fmt.Println(c(), g.Count())
	fmt.Println(len(fmt.Sprint(g)))
}

// Output:
// 3 2 true false
// 2 3 true
// 3 2 true
// 2 0
// 555
