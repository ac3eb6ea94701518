package main

import (
	"fmt"
	"sort"
)

type Big [300]int

func main() {
	m := map[int][300]int{}
	var a [300]int
	a[7] = 7
	m[1] = a
	a[7] = 8 // the map holds a copy
	fmt.Println(m[1][7], m[2][7], len(m))
	v, ok := m[1]
	fmt.Println(v[7], ok)
	v, ok = m[3]
	fmt.Println(v[7], ok)
	m[2] = a
	var keys []int
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += v[7]
	}
	sort.Ints(keys)
	fmt.Println(keys, sum)
	bm := map[string]Big{"x": {1: 1}}
	b := bm["x"]
	b[2] = 2
	bm["y"] = b
	fmt.Println(bm["x"][2], bm["y"][1], bm["y"][2])
	delete(bm, "x")
	_, ok = bm["x"]
	fmt.Println(len(bm), ok)
	w := bm["y"]
	fmt.Println(w[1] + w[2])
	for k := range bm {
		fmt.Println("key", k)
	}
}

// Output:
// 7 0 1
// 7 true
// 0 false
// [1 2] 15
// 0 1 2
// 1 false
// 3
// key y
