package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Scale(k float64) Shape
}

type Sq struct{ s float64 }

func (q Sq) Area() float64          { return q.s * q.s }
func (q Sq) Scale(k float64) Shape { return Sq{q.s * k} }

func apply(fs []func() float64) (out []float64) {
	for _, f := range fs {
		out = append(out, f())
	}
	return
}

func main() {
	var s Shape = Sq{2}
	area := s.Area
	s = Sq{10} // the method value keeps the interface value it was made from
	scale := s.Scale
	fmt.Println(area(), scale(0.5).Area())
	fmt.Println(apply([]func() float64{area, Sq{3}.Area, s.Area}))
	var sb strings.Builder
	var w interface{ WriteString(string) (int, error) } = &sb
	write := w.WriteString
	write("hello ")
	write("world")
	fmt.Println(sb.String())
	var nilShape Shape
	fmt.Println("making a method value of a nil interface panics")
	f := nilShape.Area
	fmt.Println(f())
}

// Output:
// 4 25
// [4 9 100]
// hello world
// making a method value of a nil interface panics
//
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x481938]
//
// goroutine 1 [running]:
//
// Exit: 2
