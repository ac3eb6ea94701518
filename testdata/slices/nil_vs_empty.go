package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := a[0:0]
	fmt.Println(a == nil, b == nil, c == nil, d == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	a = append(a, 1)
	fmt.Println(a, a != nil)
}

// Output:
// true false false true
// 0 0 0 0
// [] [] []int(nil) []int{}
// [1] true
