package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []int{5, 2, 6, 3, 1, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(s)))
	fmt.Println(s)
	names := []string{"b", "d", "a", "c"}
	sort.Stable(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names)
	r := sort.Reverse(sort.IntSlice(s))
	fmt.Println(r.Len(), r.Less(0, 1), sort.IsSorted(r))
	r.Swap(0, 5)
	fmt.Println(s)
}

// Output:
// [6 5 4 3 2 1]
// [d c b a]
// 6 true true
// [1 5 4 3 2 6]
