package main

import (
	"errors"
	"fmt"
)

type MyInt int
type S struct{ A int }
type Shape interface{ Area() float64 }

func main() {
	var e error = errors.New("x")
	var sh Shape
	fmt.Printf("%T|%T|%T|%T|%T\n", 1, "s", 2.5, 'r', true)
	fmt.Printf("%T|%T|%T|%T\n", MyInt(1), S{}, &S{}, []S{})
	fmt.Printf("%T|%T|%T\n", map[string][]int{}, [3]byte{}, func(int) string { return "" })
	fmt.Printf("%T|%T|%T\n", e, sh, nil)
	fmt.Printf("%T|%T|%T\n", struct{ X, Y int }{}, []interface{}{1}, uint8(1))
	fmt.Printf("%T %T\n", float32(1), [][]*int{})
	var f func()
	fmt.Printf("%T %v\n", f, f == nil)
}

// Output:
// int|string|float64|int32|bool
// main.MyInt|main.S|*main.S|[]main.S
// map[string][]int|[3]uint8|func(int) string
// *errors.errorString|<nil>|<nil>
// struct { X int; Y int }|[]interface {}|uint8
// float32 [][]*int
// func() true
