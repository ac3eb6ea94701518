package main

import "fmt"

func main() {
	graph := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	add("x", "y", 1)
	add("x", "z", 2)
	add("y", "z", 3)
	fmt.Println(graph)
	fmt.Println(len(graph), len(graph["x"]), graph["q"]["r"])
	inner, ok := graph["y"]
	fmt.Println(inner, ok)
	delete(graph["x"], "y")
	fmt.Println(graph["x"])
	_, ok = graph["nope"]
	fmt.Println(ok)
}

// Output:
// map[x:map[y:1 z:2] y:map[z:3]]
// 2 2 0
// map[z:3] true
// map[z:2]
// false
