package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	// Deleting entries not yet reached means they are never produced.
	seen := 0
	for k := range m {
		seen++
		if k%2 == 0 {
			delete(m, k+1)
		} else {
			delete(m, k-1)
		}
	}
	fmt.Println(seen, len(m))
	// Deleting every entry during the loop stops it after one.
	n := 0
	for k := range m {
		n++
		for j := range m {
			delete(m, j)
		}
		_ = k
	}
	fmt.Println(n, len(m))
	// Inserting while ranging: each original key is seen exactly once.
	m2 := map[int]bool{1: true, 2: true, 3: true}
	orig := 0
	for k := range m2 {
		if k <= 3 {
			orig++
		}
		m2[k+100] = true
	}
	fmt.Println(orig, len(m2) >= 6)
}

// Output:
// 50 50
// 1 0
// 3 true
