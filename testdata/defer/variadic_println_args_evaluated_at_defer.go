package main

import "fmt"

func sum(label string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(label, xs, t)
}

func main() {
	a, b := 1, "two"
	defer fmt.Println("x", a, b)
	a, b = 10, "twenty"
	defer fmt.Println("y", a, b)
	nums := []int{1, 2, 3}
	defer sum("spread (shares array):", nums...)
	defer sum("listed:", nums[0], nums[1], nums[2])
	defer sum("none:")
	nums[0] = 50
	a = 100
	fmt.Println("main end", a, b)
}

// Output:
// main end 100 twenty
// none: [] 0
// listed: [1 2 3] 6
// spread (shares array): [50 2 3] 55
// y 10 twenty
// x 1 two
