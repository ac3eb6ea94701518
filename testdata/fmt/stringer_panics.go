package main

import "fmt"

type T struct{ name string }

func (t *T) String() string { return "T:" + t.name }

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

type Bad int

func (b Bad) String() string {
	var t *T
	return t.name
}

type Boom int

func (b Boom) Error() string { panic("boom") }

func main() {
	var t *T
	fmt.Println(t)
	fmt.Printf("[%v] [%s]\n", t, t)
	var v *V
	fmt.Println(v)
	fmt.Println(Bad(1))
	fmt.Println(Boom(2))
	fmt.Println("after")
}

// Output:
// <nil>
// [<nil>] [<nil>]
// <nil>
// %!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)
// %!v(PANIC=Error method: boom)
// after
