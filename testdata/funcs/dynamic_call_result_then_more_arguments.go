package main

import (
	"errors"
	"fmt"
)

type Getter interface {
	Int() int
	Err() error
	Name() string
}

type thing struct{}

func (thing) Int() int     { return 7 }
func (thing) Err() error   { return errBoom }
func (thing) Name() string { return "thing" }

var errBoom = errors.New("boom")

func same(a, b error) bool           { return a == b }
func add(a, b, c int) int            { return a*100 + b*10 + c }
func join(a, b string, n int) string { return fmt.Sprint(a, "+", b, "=", n) }

// The result of an interface method call or of a function value, passed
// as a fixed argument with more arguments after it.
func main() {
	var g Getter = thing{}
	fmt.Println(same(g.Err(), errBoom), same(errBoom, g.Err()))
	fmt.Println(errors.Is(g.Err(), errBoom))
	fmt.Println(add(g.Int(), 2, 3), add(1, g.Int(), 3), add(1, 2, g.Int()))
	fmt.Println(join(g.Name(), "x", 1), join("x", g.Name(), g.Int()))

	f := func() int { return 4 }
	s := func() string { return "fn" }
	e := func() error { return errBoom }
	fmt.Println(add(f(), 5, 6), add(f(), f(), f()))
	fmt.Println(join(s(), s(), f()), same(e(), errBoom), same(e(), g.Err()))
}

// Output:
// true true
// true
// 723 173 127
// thing+x=1 x+thing=7
// 456 444
// fn+fn=4 true true
