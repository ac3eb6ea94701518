package main

import "fmt"

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	for _, c := range []Color{0, 1, 7} {
		func() {
			defer func() {
				r := recover()
				s, isStringer := r.(fmt.Stringer)
				fmt.Printf("%v %d %T stringer=%v %s\n", r, r, r, isStringer, s.String())
			}()
			panic(c)
		}()
	}
}

// Output:
// red 0 main.Color stringer=true red
// green 1 main.Color stringer=true green
// Color(7) 7 main.Color stringer=true Color(7)
