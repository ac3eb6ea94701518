package main

import "fmt"

type point struct{ x, y int }

func values() (int, string, bool, float64, []int, map[string]int, *int, point, error) {
	defer func() { recover() }()
	x := 5
	_ = x
	panic("discard everything")
}

func one() int {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	n := 10
	if n > 5 {
		panic(n)
	}
	return n
}

func main() {
	i, s, b, f, sl, m, p, pt, err := values()
	fmt.Printf("%d %q %v %v %v %v %v %v %v\n", i, s, b, f, sl == nil, m == nil, p == nil, pt, err)
	fmt.Println("one:", one())
}

// Output:
// 0 "" false 0 true true true {0 0} <nil>
// recovered: 10
// one: 0
