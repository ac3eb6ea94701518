package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, 2, 6, 3, 1, 4, -7, 100, 0}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"peach", "banana", "kiwi", "Apple", "", "apple"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{5.2, -1.3, 0.7, -3.8, 2.6, math.Inf(1), math.Inf(-1)}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	withNaN := []float64{3, math.NaN(), 1, 2}
	sort.Float64s(withNaN)
	fmt.Println(withNaN)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.IntsAreSorted(empty))
	s := sort.IntSlice{9, 8, 7}
	s.Sort()
	fmt.Println(s, s.Len(), s.Less(0, 1))
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss)
	fs := sort.Float64Slice{2.5, 1.5}
	fs.Sort()
	fmt.Println(fs)
}

// Output:
// false
// [-7 0 1 2 3 4 5 6 100] true
// ["" "Apple" "apple" "banana" "kiwi" "peach"] true
// [-Inf -3.8 -1.3 0.7 2.6 5.2 +Inf] true
// [NaN 1 2 3]
// [] true
// [7 8 9] 3 true
// [a b c]
// [1.5 2.5]
