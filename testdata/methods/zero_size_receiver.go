package main

import "fmt"

type I interface {
	F(x int) int
	G(a, b string) string
}

type empty struct{}

func (empty) F(x int) int          { return x + 1 }
func (e empty) G(a, b string) string { return a + b }

type unit [0]int

func (unit) F(x int) int            { return x * 2 }
func (unit) G(a, b string) string { return b + a }

func main() {
	var i I = empty{}
	fmt.Println(i.F(41), i.G("a", "b"))
	i = unit{}
	fmt.Println(i.F(21), i.G("a", "b"))
	vals := []I{empty{}, unit{}, &empty{}}
	for _, v := range vals {
		fmt.Println(v.F(1), v.G("x", "y"))
	}
	fmt.Println(empty{} == empty{}, []any{empty{}, unit{}})
	var a, b any = empty{}, empty{}
	fmt.Println(a == b)
}

// Output:
// 42 ab
// 42 ba
// 2 xy
// 2 yx
// 2 xy
// true [{} []]
// true
