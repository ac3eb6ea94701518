package main

import "fmt"

type T struct {
	A int
	B []int
}

func main() {
	m := map[string]float64{"pi": 3.14}
	if v, ok := m["pi"]; ok {
		fmt.Println("found", v)
	}
	if v, ok := m["e"]; !ok {
		fmt.Println("missing", v)
	}
	mi := map[int]interface{}{1: nil, 2: "two"}
	v1, ok1 := mi[1]
	v3, ok3 := mi[3]
	fmt.Println(v1, ok1, v3, ok3)
	mt := map[bool]T{}
	t := mt[true]
	fmt.Println(t.A, t.B == nil, len(mt))
	mp := map[rune]*T{}
	fmt.Println(mp['x'] == nil)
	m["e"] += 2.5
	fmt.Println(m["e"], len(m))
}

// Output:
// found 3.14
// missing 0
// <nil> true <nil> false
// 0 true 0
// true
// 2.5 2
