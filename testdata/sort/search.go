package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	x := 6
	i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
	fmt.Println(i, i < len(a) && a[i] == x)
	fmt.Println(sort.SearchInts(a, 7), sort.SearchInts(a, 0), sort.SearchInts(a, 100), sort.SearchInts(nil, 1))
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"), sort.SearchStrings([]string{"a", "c", "e"}, "a"))
	fmt.Println(sort.SearchFloat64s([]float64{1.5, 2.5, 3.5}, 2.5))
	fmt.Println(sort.IntSlice(a).Search(28), sort.StringSlice{"x", "y"}.Search("y"), sort.Float64Slice{1, 2}.Search(3))
	// Descending data: Search for the first index where a[i] <= x.
	d := []int{55, 45, 36, 28, 21, 15, 10, 6, 3, 1}
	fmt.Println(sort.Search(len(d), func(i int) bool { return d[i] <= 6 }))
	// Guessing game: the number 73 in [0, 100).
	fmt.Println(sort.Search(100, func(i int) bool { return i >= 73 }))
	i, found := sort.Find(len(a), func(i int) int {
		if 21 < a[i] {
			return -1
		} else if 21 == a[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
}

// Output:
// 2 true
// 3 0 10 0
// 2 0
// 1
// 6 1 2
// 7
// 73
// 5 true
