package main

import "fmt"

type P struct{ X, Y int }

type Name string

func (n Name) String() string { return "<" + string(n) + ">" }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%#v|%d\n", m, m, m, m)
	var nm map[string]bool
	fmt.Printf("%v %#v\n", nm, nm)
	im := map[int]string{10: "ten", -1: "minus", 3: "three"}
	fmt.Println(im)
	pm := map[P][]int{{2, 1}: {1}, {1, 2}: nil, {1, 1}: {3, 4}}
	fmt.Println(pm)
	fmt.Printf("%#v\n", pm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm, &m)
	nested := map[string]map[string]int{"x": {"b": 1, "a": 2}, "a": nil}
	fmt.Println(nested)
	fmt.Printf("%T %T\n", m, nested)
	sm := map[Name]Name{"z": "last", "a": "first"}
	fmt.Println(sm)
	var any interface{} = m
	fmt.Println(any, []map[string]int{{"k": 1}, nil})
}

// Output:
// map[a:1 b:2 c:3]
// map[a:1 b:2 c:3]|map[a:1 b:2 c:3]|map[string]int{"a":1, "b":2, "c":3}|map[%!d(string=a):1 %!d(string=b):2 %!d(string=c):3]
// map[] map[string]bool(nil)
// map[-1:minus 3:three 10:ten]
// map[{1 1}:[3 4] {1 2}:[] {2 1}:[1]]
// map[main.P][]int{main.P{X:1, Y:1}:[]int{3, 4}, main.P{X:1, Y:2}:[]int(nil), main.P{X:2, Y:1}:[]int{1}}
// map[false:0 true:1] &map[a:1 b:2 c:3]
// map[a:map[] x:map[a:2 b:1]]
// map[string]int map[string]map[string]int
// map[<a>:<first> <z>:<last>]
// map[a:1 b:2 c:3] [map[k:1] map[]]
