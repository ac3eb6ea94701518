package main

import (
	"fmt"
	"sort"
)

type item struct {
	group, seq int
}

type byGroup []item

func (s byGroup) Len() int           { return len(s) }
func (s byGroup) Less(i, j int) bool { return s[i].group < s[j].group }
func (s byGroup) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	// Enough elements for several insertion-sort blocks and merges.
	var items []item
	x := 12345
	for i := 0; i < 300; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		items = append(items, item{x % 6, i})
	}
	sort.Stable(byGroup(items))
	ok := true
	for i := 1; i < len(items); i++ {
		a, b := items[i-1], items[i]
		if a.group > b.group || a.group == b.group && a.seq > b.seq {
			ok = false
		}
	}
	fmt.Println("stable:", ok)
	for i := 0; i < len(items); i += 25 {
		fmt.Print(items[i], " ")
	}
	fmt.Println()
}

// Output:
// stable: true
// {0 10} {0 194} {1 31} {1 163} {1 277} {2 106} {3 7} {3 253} {4 86} {4 214} {5 21} {5 141} 
