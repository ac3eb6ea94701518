package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec    { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)     { v.X *= k; v.Y *= k }
func (v Vec) String() string   { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

func main() {
	add := Vec.Add
	fmt.Println(add(Vec{1, 2}, Vec{3, 4}))
	scale := (*Vec).Scale
	v := Vec{1, 1}
	scale(&v, 5)
	fmt.Println(v)
	str := Vec.String
	fmt.Println(str(v))
	pstr := (*Vec).String
	fmt.Println(pstr(&v))
	bound := v.Add
	v = Vec{100, 100}
	fmt.Println(bound(Vec{1, 1}))
	fs := []func(Vec) Vec{Vec{1, 0}.Add, Vec{0, 1}.Add}
	for _, f := range fs {
		fmt.Print(f(Vec{2, 2}), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", scale)
}

// Output:
// <4,6>
// <5,5>
// <5,5>
// <5,5>
// <6,6>
// <3,2> <2,3> 
// func(main.Vec, main.Vec) main.Vec
// func(*main.Vec, int)
