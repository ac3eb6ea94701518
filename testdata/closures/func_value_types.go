package main

import "fmt"

type handler func(string) int

func length(s string) int { return len(s) }

func main() {
	var h handler = length
	fmt.Println(h("hello"))
	fmt.Printf("%T\n", h)
	fmt.Printf("%T\n", length)
	fmt.Printf("%T\n", func(a, b int) (int, error) { return 0, nil })
	var nf func()
	fmt.Println(nf == nil)
	fmt.Printf("%v\n", nf)
	var hs []handler
	hs = append(hs, h, func(s string) int { return -len(s) })
	for _, x := range hs {
		fmt.Println(x("abc"))
	}
	m := func(fs ...func() int) int {
		t := 0
		for _, f := range fs {
			t += f()
		}
		return t
	}
	fmt.Println(m(func() int { return 1 }, func() int { return 2 }))
}

// Output:
// 5
// main.handler
// func(string) int
// func(int, int) (int, error)
// true
// <nil>
// 3
// -3
// 3
