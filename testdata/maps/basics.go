package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	m["b"]++
	fmt.Println(len(m), m["a"], m["b"], m["c"], m["missing"])
	v, ok := m["c"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	if _, found := m["a"]; found {
		fmt.Println("found a")
	}
	delete(m, "a")
	delete(m, "never there")
	fmt.Println(m, len(m))
	m2 := make(map[int][]string, 10)
	m2[1] = append(m2[1], "x")
	m2[1] = append(m2[1], "y")
	fmt.Println(m2, len(m2[1]), len(m2[2]))
	var count = map[rune]int{}
	for _, r := range "hello world" {
		count[r]++
	}
	fmt.Println(count)
	var vv, okk = count['l']
	fmt.Println(vv, okk)
}

// Output:
// 3 11 3 3 0
// 3 true
// 0 false
// found a
// map[b:3 c:3] 2
// map[1:[x y]] 2 0
// map[32:1 100:1 101:1 104:1 108:3 111:2 114:1 119:1]
// 3 true
