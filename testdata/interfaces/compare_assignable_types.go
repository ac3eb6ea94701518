package main

import (
	"errors"
	"fmt"
)

type Ptr *int
type Ints chan int
type Pair struct{ a, b int }

// Comparison operands need only be assignable one way: a chan and its
// directional views, a named type and its unnamed underlying type, two
// interfaces where one implements the other.
func main() {
	c := make(chan int)
	var recv <-chan int = c
	var send chan<- int = c
	fmt.Println(recv == c, c == recv, send == c, c != send)
	other := make(chan int)
	fmt.Println(recv == other, other != send)

	var ic Ints = c
	fmt.Println(ic == c, recv == ic)

	x, y := 1, 1
	var p Ptr = &x
	fmt.Println(p == &x, &y == p, p != &y)

	var s struct{ a, b int } = Pair{1, 2}
	fmt.Println(s == Pair{1, 2}, Pair{2, 1} == s)

	var arr [2]int = [2]int{1, 2}
	type Arr [2]int
	fmt.Println(Arr{1, 2} == arr, arr != Arr{2, 1})

	e := errors.New("boom")
	var a any = e
	var st fmt.Stringer
	fmt.Println(a == e, e == a, a != st, st == nil)
	var e2 error = errors.New("boom")
	fmt.Println(a == e2, e2 == a)
}

// Output:
// true true true false
// false true
// true true
// true false true
// true false
// true true
// true true true true
// false false
