package main

import "fmt"

func main() {
	words := []string{"alpha", "beta", "gamma"}
	for i, w := range words {
		fmt.Println(i, w)
	}
	// The range expression is evaluated once: appending in the body does
	// not extend the loop.
	nums := []int{1, 2, 3}
	for _, v := range nums {
		nums = append(nums, v*10)
	}
	fmt.Println(nums)
	// Element writes through the index are visible to later iterations.
	xs := []int{1, 2, 3, 4}
	for i := range xs {
		if i+1 < len(xs) {
			xs[i+1] += xs[i]
		}
	}
	fmt.Println(xs)
	var none []float64
	for range none {
		fmt.Println("never")
	}
	count := 0
	for range words {
		count++
	}
	fmt.Println(count)
}

// Output:
// 0 alpha
// 1 beta
// 2 gamma
// [1 2 3 10 20 30]
// [1 3 6 10]
// 3
