package main

import "fmt"

type Point struct {
	X, Y float64
}

type Key struct {
	Name string
	P    Point
	ok   bool
}

func main() {
	a := Key{"a", Point{1, 2}, true}
	b := Key{"a", Point{1, 2}, true}
	c := Key{"a", Point{1, 3}, true}
	fmt.Println(a == b, a != b, a == c, a != c)
	fmt.Println(Point{0, 0} == Point{}, Point{X: 1} == Point{Y: 1})
	if a.P == b.P && a.Name == "a" {
		fmt.Println("equal points")
	}
}

// Output:
// true false false true
// true false
// equal points
