package main

import "fmt"

var calls int

func get() [5]int {
	calls++
	return [5]int{}
}

func main() {
	var a [7]string
	const n = len(a)
	var b [n * 2]int
	fmt.Println(n, len(b), cap(b))
	fmt.Println(len(get()), calls)
	var p *[3]int
	fmt.Println(len(p), cap(p))
}

// Output:
// 7 14 14
// 5 1
// 3 3
