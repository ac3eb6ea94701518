package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	p := &T{1, "x"}
	var q *T
	fmt.Println(p, q)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%v\n", q)
	fmt.Println([]int{1}, struct{ P *T }{nil})
}

// Output:
// &{1 x} <nil>
// &{1 x} &{A:1 B:x}
// <nil>
// [1] {<nil>}
