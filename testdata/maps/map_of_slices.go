package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[int][]string{}
	words := []string{"go", "is", "fun", "and", "fast", "to", "write", "code"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	var lens []int
	for l := range groups {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, groups[l], len(groups[l]))
	}
	s := groups[2]
	s[0] = "GO"
	fmt.Println(groups[2])
	fmt.Println(groups[99] == nil, len(groups[99]))
	fmt.Println(groups)
}

// Output:
// 2 [go is to] 3
// 3 [fun and] 2
// 4 [fast code] 2
// 5 [write] 1
// [GO is to]
// true 0
// map[2:[GO is to] 3:[fun and] 4:[fast code] 5:[write]]
