package main

import "fmt"

type Point struct {
	X, Y int
	Tags [2]string
}

func show(p Point) {
	fmt.Println("deferred sees", p.X, p.Y, p.Tags)
}

func showPtr(p *Point) {
	fmt.Println("deferred via pointer sees", p.X, p.Y, p.Tags)
}

func main() {
	p := Point{1, 2, [2]string{"a", "b"}}
	defer show(p)
	defer showPtr(&p)
	p.X = 10
	p.Tags[0] = "z"
	p = Point{X: p.X, Y: 99, Tags: p.Tags}
	fmt.Println("main ends with", p)
}

// Output:
// main ends with {10 99 [z b]}
// deferred via pointer sees 10 99 [z b]
// deferred sees 1 2 [a b]
