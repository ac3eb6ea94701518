package main

import "fmt"

func sum(xs []int, limit int) (total int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("stopped:", r)
		}
	}()
	for _, x := range xs {
		if total+x > limit {
			panic(fmt.Sprintf("limit %d exceeded at %d", limit, x))
		}
		total += x
	}
	return total
}

func main() {
	fmt.Println(sum([]int{1, 2, 3}, 100))
	fmt.Println(sum([]int{10, 20, 30, 40}, 50))
}

// Output:
// 6
// stopped: limit 50 exceeded at 30
// 30
