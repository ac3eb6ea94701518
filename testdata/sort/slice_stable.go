package main

import (
	"fmt"
	"sort"
)

type entry struct {
	key   int
	label string
}

func main() {
	var es []entry
	for i := 0; i < 40; i++ {
		es = append(es, entry{(i * 7) % 5, fmt.Sprint("e", i)})
	}
	// Less functions are bound before the calls (see slice_func.go).
	byKey := func(i, j int) bool { return es[i].key < es[j].key }
	sort.SliceStable(es, byKey)
	for _, e := range es {
		fmt.Print(e.key, ":", e.label, " ")
	}
	fmt.Println()
	people := []struct {
		Name string
		Age  int
	}{
		{"Alice", 25}, {"Elizabeth", 75}, {"Alice", 75}, {"Bob", 75}, {"Alice", 75}, {"Bob", 25}, {"Colin", 25}, {"Elizabeth", 25},
	}
	byName := func(i, j int) bool { return people[i].Name < people[j].Name }
	byAge := func(i, j int) bool { return people[i].Age < people[j].Age }
	sort.SliceStable(people, byName)
	fmt.Println("By name:", people)
	sort.SliceStable(people, byAge)
	fmt.Println("By age,name:", people)
}

// Output:
// 0:e0 0:e5 0:e10 0:e15 0:e20 0:e25 0:e30 0:e35 1:e3 1:e8 1:e13 1:e18 1:e23 1:e28 1:e33 1:e38 2:e1 2:e6 2:e11 2:e16 2:e21 2:e26 2:e31 2:e36 3:e4 3:e9 3:e14 3:e19 3:e24 3:e29 3:e34 3:e39 4:e2 4:e7 4:e12 4:e17 4:e22 4:e27 4:e32 4:e37 
// By name: [{Alice 25} {Alice 75} {Alice 75} {Bob 75} {Bob 25} {Colin 25} {Elizabeth 75} {Elizabeth 25}]
// By age,name: [{Alice 25} {Bob 25} {Colin 25} {Elizabeth 25} {Alice 75} {Alice 75} {Bob 75} {Elizabeth 75}]
