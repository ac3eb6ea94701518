package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	fmt.Println(v, ok)
	delete(m, "x")
	for k := range m {
		fmt.Println("never", k)
	}
	fmt.Printf("%v %#v\n", m, m)
	m["x"] = 1
	fmt.Println("unreachable")
}

// Output:
// true 0 0
// 0 false
// map[] map[string]int(nil)
//
// Stderr:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
//
// Exit: 2
