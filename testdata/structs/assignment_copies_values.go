package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Name     string
}

func shift(l Line) Line {
	l.From.X += 100
	l.Name += "!"
	return l
}

func main() {
	a := Line{Point{1, 2}, Point{3, 4}, "l"}
	b := a
	b.To.Y = 40
	c := shift(a)
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(c)
	a, b = b, a
	fmt.Println(a.To.Y, b.To.Y)
}

// Output:
// {{1 2} {3 4} l}
// {{1 2} {3 40} l}
// {{101 2} {3 4} l!}
// 40 4
