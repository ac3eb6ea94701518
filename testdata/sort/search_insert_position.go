package main

import (
	"fmt"
	"sort"
)

func insert(xs []int, v int) []int {
	i := sort.SearchInts(xs, v)
	xs = append(xs, 0)
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func main() {
	var xs []int
	for _, v := range []int{5, 1, 4, 1, 9, 2, 6} {
		xs = insert(xs, v)
	}
	fmt.Println(xs, sort.IntsAreSorted(xs))
	fmt.Println(sort.SearchInts(xs, 3), sort.SearchInts(xs, 100), sort.SearchInts(xs, -1))
	strs := []string{"apple", "banana", "cherry"}
	fmt.Println(sort.SearchStrings(strs, "blue"), sort.SearchStrings(strs, "apple"))
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs, sort.SearchFloat64s(fs, 1))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	sort.Sort(sort.StringSlice(strs))
	ss := sort.StringSlice{"z", "y"}
	ss.Sort()
	fmt.Println(ss, ss.Len())
}

// Output:
// [1 1 2 4 5 6 9] true
// 3 7 0
// 2 0
// [-1 0 2.5 3.25] 2
// [9 6 5 4 2 1 1]
// [y z] 2
