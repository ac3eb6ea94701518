package main

import (
	"fmt"
	"sort"
)

func fill(s []int, m map[string]int) []int {
	defer func() {
		s[0] = -1         // shared with the caller's array
		m["deferred"] = 1 // maps are references
		s = append(s, 99) // local header only
	}()
	m["body"] = 2
	return s
}

func collect() (out []string) {
	defer func() { out = append(out, "added by defer") }()
	out = append(out, "body")
	return out
}

func main() {
	s := []int{1, 2, 3}
	m := map[string]int{}
	r := fill(s, m)
	fmt.Println(s, r, len(r))
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println(collect())
}

// Output:
// [-1 2 3] [-1 2 3] 3
// [body deferred]
// [body added by defer]
