package main

import (
	"fmt"
	"strconv"
)

func main() {
	m := make(map[int]int)
	for i := 0; i < 200000; i++ {
		m[i*7] = i
	}
	hits := 0
	for i := 0; i < 200000*7; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	for i := 0; i < 200000; i += 3 {
		delete(m, i*7)
	}
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(hits, len(m), total)
	s := map[string]int{}
	for i := 0; i < 50000; i++ {
		s["key"+strconv.Itoa(i)] = i
	}
	fmt.Println(len(s), s["key123"], s["key49999"], s["key50000"])
}

// Output:
// 200000 133333 13333266667
// 50000 123 49999 0
