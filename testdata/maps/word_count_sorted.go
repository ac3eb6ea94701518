package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := `the quick brown fox jumps over the lazy dog
The dog barks; the fox runs. A quick end, the end!`
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	}) {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%-6s %2d\n", k, counts[k])
	}
	fmt.Println(len(counts), counts["missing"])
}

// Output:
// the     5
// dog     2
// end     2
// fox     2
// quick   2
// a       1
// barks   1
// brown   1
// jumps   1
// lazy    1
// over    1
// runs    1
// 12 0
