package main

import (
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Tri struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (t Tri) Area() float64       { return t.A * t.B / 2 }
func (t Tri) Perimeter() float64  { return t.A + t.B + t.C }
func (s Square) String() string   { return fmt.Sprintf("Square(%g)", s.W) }

func main() {
	shapes := []Shape{Rect{3, 4}, Square{Rect{2, 2}}, Tri{3, 4, 5}, Rect{1, 10}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-16v %T area=%.2f per=%.2f\n", s, s, s.Area(), s.Perimeter())
	}
	total := 0.0
	for _, s := range shapes {
		if r, ok := s.(Rect); ok {
			total += r.W
		}
	}
	fmt.Println(total)
}

// Output:
// Square(2)        main.Square area=4.00 per=8.00
// {3                4                5               } main.Tri area=6.00 per=12.00
// {1                10              } main.Rect area=10.00 per=22.00
// {3                4               } main.Rect area=12.00 per=14.00
// 4
