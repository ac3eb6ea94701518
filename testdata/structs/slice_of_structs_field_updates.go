package main

import "fmt"

type Particle struct {
	X, V float64
	Hits int
}

func main() {
	ps := make([]Particle, 3)
	for i := range ps {
		ps[i].V = float64(i) + 0.5
	}
	for step := 0; step < 4; step++ {
		for i := range ps {
			ps[i].X += ps[i].V
			if ps[i].X > 3 {
				ps[i].Hits++
				ps[i].X = 0
			}
		}
	}
	fmt.Println(ps)
	q := ps[1]
	q.Hits = 99
	fmt.Println(ps[1].Hits, q.Hits)
}

// Output:
// [{2 0.5 0} {1.5 1.5 1} {0 2.5 2}]
// 1 99
