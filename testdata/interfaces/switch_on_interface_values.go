package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrA = errors.New("a")
var ErrB = errors.New("b")

type P struct{ X, Y int }

func classify(x any) string {
	switch x {
	case 3:
		return "three"
	case "s":
		return "string s"
	case nil:
		return "nil"
	case P{1, 2}:
		return "P12"
	}
	return "other"
}

func main() {
	for _, err := range []error{ErrA, ErrB, nil, errors.New("a"), io.EOF} {
		switch err {
		case ErrA:
			fmt.Println("A")
		case ErrB, nil:
			fmt.Println("B or nil")
		case io.EOF:
			fmt.Println("EOF")
		default:
			fmt.Println("other", err)
		}
	}
	fmt.Println(classify(3), classify("s"), classify(nil), classify(P{1, 2}), classify(3.0), classify(P{2, 1}), classify(int8(3)))
	p := P{1, 2}
	switch p {
	case P{2, 1}:
		fmt.Println("no")
	case P{1, 2}:
		fmt.Println("p matches")
	}
	arr := [2]string{"x", "y"}
	switch arr {
	case [2]string{"x", "y"}:
		fmt.Println("arr matches")
	}
	var q *P
	switch q {
	case nil:
		fmt.Println("nil pointer")
	}
}

// Output:
// A
// B or nil
// B or nil
// other a
// EOF
// three string s nil P12 other other other
// p matches
// arr matches
// nil pointer
