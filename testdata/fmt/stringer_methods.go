package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type P struct{ X, Y int }

func (p *P) String() string { return fmt.Sprint("P(", p.X, ",", p.Y, ")") }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type pair struct {
	Pub  Color
	priv Color
}

func main() {
	c := Celsius(21.5)
	fmt.Println(c, []Celsius{1, 2})
	fmt.Printf("%v|%s|%q|%x|%d|%10v|%-8s|\n", c, c, c, c, c, c, c)
	p := &P{1, 2}
	fmt.Println(p, *p, []*P{p}, []P{*p})
	fmt.Println(Red, Green, Color(7), []Color{Green, Red})
	fmt.Printf("%v %+v %#v %d\n", pair{Green, Green}, pair{Green, Green}, pair{Green, Green}, Green)
	var s fmt.Stringer = Green
	fmt.Println(s, s.String())
	fmt.Printf("%T %T\n", s, p)
	var any interface{} = c
	fmt.Println(any)
}

// Output:
// 21.5°C [1.0°C 2.0°C]
// 21.5°C|21.5°C|"21.5°C"|32312e35c2b043|%!d(main.Celsius=21.5)|    21.5°C|21.5°C  |
// P(1,2) {1 2} [P(1,2)] [{1 2}]
// red green Color(7) [green red]
// {green 1} {Pub:green priv:1} main.pair{Pub:1, priv:1} 1
// green green
// main.Color *main.P
// 21.5°C
