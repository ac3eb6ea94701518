package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	p := Point{3, -4}
	fmt.Println("point", p)
	panic(p)
}

// Output:
// point (3,-4)
//
// Stderr:
// panic: (3,-4)
//
// goroutine 1 [running]:
//
// Exit: 2
