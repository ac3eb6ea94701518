package main

import (
	"fmt"
	"sort"
)

type Planet struct {
	name string
	mass float64
	dist float64
}

type byMass []Planet

func (s byMass) Len() int           { return len(s) }
func (s byMass) Less(i, j int) bool { return s[i].mass < s[j].mass }
func (s byMass) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type byDist struct{ ps []Planet }

func (s *byDist) Len() int           { return len(s.ps) }
func (s *byDist) Less(i, j int) bool { return s.ps[i].dist < s.ps[j].dist }
func (s *byDist) Swap(i, j int)      { s.ps[i], s.ps[j] = s.ps[j], s.ps[i] }

func main() {
	planets := []Planet{
		{"Mercury", 0.055, 0.4}, {"Venus", 0.815, 0.7}, {"Earth", 1.0, 1.0}, {"Mars", 0.107, 1.5},
		{"Jupiter", 317.8, 5.2}, {"Saturn", 95.2, 9.5}, {"Uranus", 14.5, 19.2}, {"Neptune", 17.1, 30.1},
	}
	sort.Sort(byMass(planets))
	fmt.Println(planets)
	fmt.Println(sort.IsSorted(byMass(planets)))
	d := &byDist{planets}
	fmt.Println(sort.IsSorted(d))
	sort.Sort(d)
	for _, p := range planets {
		fmt.Print(p.name, " ")
	}
	fmt.Println(sort.IsSorted(d))
}

// Output:
// [{Mercury 0.055 0.4} {Mars 0.107 1.5} {Venus 0.815 0.7} {Earth 1 1} {Uranus 14.5 19.2} {Neptune 17.1 30.1} {Saturn 95.2 9.5} {Jupiter 317.8 5.2}]
// true
// false
// Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune true
