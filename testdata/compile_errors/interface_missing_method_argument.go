package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func printAll(shapes ...Shape) {
	for _, s := range shapes {
		fmt.Println(s.Area())
	}
}

func main() {
	printAll(Square{2})
}

// Stderr:
// interface_missing_method_argument.go:21:11: cannot use Square{…} (value of type Square) as type Shape in argument to printAll:
// 	Square does not implement Shape (missing Perimeter method)
//
// Exit: 2
