package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func divmod(a, b int, q, r *int) {
	*q = a / b
	*r = a % b
}

func minMax(xs []int) (min, max *int) {
	for i := range xs {
		if min == nil || xs[i] < *min {
			min = &xs[i]
		}
		if max == nil || xs[i] > *max {
			max = &xs[i]
		}
	}
	return
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	var q, r int
	divmod(17, 5, &q, &r)
	fmt.Println(q, r)
	divmod(-17, 5, &q, &r)
	fmt.Println(q, r)
	xs := []int{4, -2, 9, 0}
	lo, hi := minMax(xs)
	*lo, *hi = 0, 0
	fmt.Println(xs)
	a, b := minMax(nil)
	fmt.Println(a == nil, b == nil)
}

// Output:
// 2 1
// 3 2
// -3 -2
// [4 0 0 0]
// true true
