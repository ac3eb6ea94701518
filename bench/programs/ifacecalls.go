// Method calls through an interface in a hot loop (two dynamic types, so
// a call site sees a change of type every iteration).
// bench: issue=3
// bench: runs=5
// bench: target time gosub/lua < 1.0
package main

import "fmt"

type Shape interface {
	Area() int
	Scale(k int)
}

type Rect struct{ W, H int }

func (r *Rect) Area() int   { return r.W * r.H }
func (r *Rect) Scale(k int) { r.W *= k }

type Square struct{ S int }

func (s *Square) Area() int   { return s.S * s.S }
func (s *Square) Scale(k int) { s.S *= k }

func main() {
	shapes := []Shape{&Rect{2, 3}, &Square{4}}
	total := 0
	for i := 0; i < 5000000; i++ {
		s := shapes[i&1]
		total += s.Area()
		if i%1000000 == 0 {
			s.Scale(1)
		}
	}
	fmt.Println(total)
}
