package main

import "fmt"

type Acc struct {
	N    int
	Tags []string
}

func fill(m map[string]int) {
	m["added"] = 1
}

func main() {
	a := map[string]int{"x": 1}
	b := a
	b["y"] = 2
	fill(a)
	fmt.Println(a, b, len(a))
	accs := map[string]Acc{}
	acc := accs["k"]
	acc.N++
	acc.Tags = append(acc.Tags, "t")
	accs["k"] = acc
	acc.N = 100
	fmt.Println(accs)
	ptrs := map[string]*Acc{"p": {N: 1}}
	ptrs["p"].N += 41
	fmt.Println(ptrs["p"].N, *ptrs["p"])
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"]++
	nested["a"]["b"]++
	fmt.Println(nested)
	fns := map[string]func(int) int{"double": func(x int) int { return x * 2 }, "neg": func(x int) int { return -x }}
	fmt.Println(fns["double"](21), fns["neg"](5), fns["none"] == nil)
}

// Output:
// map[added:1 x:1 y:2] map[added:1 x:1 y:2] 3
// map[k:{1 [t]}]
// 42 {42 []}
// map[a:map[b:2]]
// 42 -5 true
