package main

import "fmt"

type Big [300]int

func main() {
	m := map[any]int{}
	var a, b Big
	b[299] = 1
	m[a] = 1
	m[b] = 2
	m[a] += 10
	fmt.Println(len(m), m[a], m[b])
	var c Big
	c[299] = 1
	fmt.Println(m[c])
	v, ok := m[Big{5}]
	fmt.Println(v, ok)
	delete(m, c)
	fmt.Println(len(m))
	set := map[any]bool{}
	for i := 0; i < 5; i++ {
		var k Big
		k[i%3] = 1
		set[k] = true
	}
	fmt.Println(len(set))
}

// Output:
// 2 11 2
// 2
// 0 false
// 1
// 3
