package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int      { return p.X + p.Y }
func (p *Point) Scale(k int)  { p.X *= k; p.Y *= k }
func (p Point) Str() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Named struct {
	Point
	Label string
}

func main() {
	p := Point{1, 2}
	fmt.Println(p.Sum())
	p.Scale(3)
	fmt.Println(p.X, p.Y, p.Sum())
	q := &p
	q.Scale(2)
	fmt.Println(q.Sum(), p.Str())
	c := Celsius(100)
	fmt.Println(c.F())
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Println(s.Name(), s.Area())
	}
	fmt.Println(total)
	n := Named{Point{5, 6}, "n"}
	fmt.Println(n.Sum())
	n.Scale(2)
	fmt.Println(n.X, n.Point.Sum())
	f := p.Sum
	p.X = 1000
	fmt.Println(f())
	g := Point.Sum
	fmt.Println(g(Point{7, 8}))
	h := (*Point).Scale
	h(&p, 0)
	fmt.Println(p)
	var sh Shape = Rect{1, 1}
	fmt.Println(sh.Area())


}

// Output:
// 3
// 3 6 9
// 18 (6,12)
// 212
// rect 6
// circle 3
// 9
// 11
// 10 22
// 18
// 15
// {0 0}
// 1
