// Maps: 1M int keys inserted, looked up and half deleted, then 200k string
// keys built with strconv.Itoa, counted and looked up.
// bench: issue=3
// bench: runs=5
// bench: target time gosub/lua < 1.0
// bench: target rss gosub/go < 2.0
package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 1000000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*31] = i
	}
	hits := 0
	for i := 0; i < n*2; i++ {
		if _, ok := m[i*31]; ok {
			hits++
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*31)
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(len(m), hits, sum)

	const ns = 200000
	s := make(map[string]int)
	for i := 0; i < ns; i++ {
		s["key"+strconv.Itoa(i%(ns/2))]++
	}
	found := 0
	for i := 0; i < ns; i++ {
		found += s["key"+strconv.Itoa(i)]
	}
	fmt.Println(len(s), found)
}
