package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Named int

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %T runtime.Error=%v\n  %v\n", name, r, isRT, r)
	}()
	f()
}

func main() {
	try("concrete", func() {
		var x interface{} = 3
		_ = x.(string)
	})
	try("named", func() {
		var x interface{} = Named(1)
		_ = x.(int)
	})
	try("to interface", func() {
		var x interface{} = "s"
		_ = x.(Shape)
	})
	try("nil interface", func() {
		var x interface{}
		_ = x.(int)
	})
	try("interface to concrete", func() {
		var s Shape = Sq{2}
		_ = s.(*Sq)
	})
	var s Shape = Sq{3}
	v, ok := s.(interface{ Perimeter() float64 })
	fmt.Println("comma-ok never panics:", v, ok)
}

// Output:
// concrete: *runtime.TypeAssertionError runtime.Error=true
//   interface conversion: interface {} is int, not string
// named: *runtime.TypeAssertionError runtime.Error=true
//   interface conversion: interface {} is main.Named, not int
// to interface: *runtime.TypeAssertionError runtime.Error=true
//   interface conversion: string is not main.Shape: missing method Area
// nil interface: *runtime.TypeAssertionError runtime.Error=true
//   interface conversion: interface {} is nil, not int
// interface to concrete: *runtime.TypeAssertionError runtime.Error=true
//   interface conversion: main.Shape is main.Sq, not *main.Sq
// comma-ok never panics: <nil> false
