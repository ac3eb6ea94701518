package main

import "fmt"

type Shape interface {
	Area() float64
}

type Circle struct{ R float64 }

func (c Circle) Area() int { return int(c.R) }

func main() {
	var s Shape = Circle{2}
	fmt.Println(s.Area())
}

// Stderr:
// interface_not_implemented_wrong_signature.go:14:16: cannot use Circle{…} (value of type Circle) as type Shape in variable declaration:
// 	Circle does not implement Shape (wrong type for Area method)
// 		have Area() int
// 		want Area() float64
//
// Exit: 2
