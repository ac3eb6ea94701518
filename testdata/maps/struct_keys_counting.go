package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	var ps []Point
	for p := range visits {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].X != ps[j].X {
			return ps[i].X < ps[j].X
		}
		return ps[i].Y < ps[j].Y
	})
	for _, p := range ps {
		fmt.Printf("%v=%d ", p, visits[p])
	}
	fmt.Println()
	fmt.Println(visits)
	type key [2]string
	m := map[key]bool{{"a", "b"}: true}
	fmt.Println(m[key{"a", "b"}], m[key{"b", "a"}])
}

// Output:
// {0 0}=3 {1 0}=1 {1 1}=2 
// map[{0 0}:3 {1 0}:1 {1 1}:2]
// true false
