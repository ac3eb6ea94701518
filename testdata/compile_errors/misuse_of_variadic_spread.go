package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	nums := []int{1, 2}
	fmt.Println(sum(nums...))
	fmt.Println(sum(0, nums...))
}

// Stderr:
// misuse_of_variadic_spread.go:16:21: too many arguments in call to sum
// 	have (number, []int)
// 	want (...int)
//
// Exit: 2
