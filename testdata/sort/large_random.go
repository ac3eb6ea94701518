package main

import (
	"fmt"
	"sort"
)

func main() {
	// Distinct keys in scrambled, sorted, reversed and sawtooth orders
	// exercise every pdqsort path (insertion, partitions, heapsort fallback
	// patterns) without depending on the order of equal elements.
	n := 5000
	orders := map3(n)
	for k, xs := range orders {
		sort.Ints(xs)
		sum := 0
		for i, v := range xs {
			sum += v * (i%13 + 1)
		}
		fmt.Println(k, sort.IntsAreSorted(xs), xs[0], xs[n/2], xs[n-1], sum)
	}
	strs := make([]string, 0, 1000)
	x := 7
	for i := 0; i < 1000; i++ {
		x = (x*48271 + 11) % 2147483647
		strs = append(strs, fmt.Sprintf("k%09d", x))
	}
	sort.Strings(strs)
	fmt.Println(sort.StringsAreSorted(strs), strs[0], strs[999])
}

func map3(n int) [][]int {
	var out [][]int
	scr := make([]int, n)
	x := 1
	for i := range scr {
		x = (x*1103515245 + 12345) % 2147483648
		scr[i] = x*8192 + i // distinct
	}
	out = append(out, scr)
	asc := make([]int, n)
	desc := make([]int, n)
	saw := make([]int, n)
	for i := 0; i < n; i++ {
		asc[i] = i
		desc[i] = n - i
		saw[i] = (i%100)*n + i
	}
	out = append(out, asc, desc, saw)
	return out
}

// Output:
// 0 true 5505266467 8880945922258 17591402383204 308808996143220207
// 1 true 0 2500 4999 87452520
// 2 true 1 2501 5000 87487500
// 3 true 0 250050 499999 8746983906
// true k000337908 k998703695
