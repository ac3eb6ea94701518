package main

import (
	"fmt"
	"math"
)

func main() {
	for _, p := range [][]float64{{7, 3}, {-7, 3}, {7, -3}, {5.5, 2}, {1e300, 3}, {1, 0}, {math.Inf(1), 2}, {2, math.Inf(1)}, {0.3, 0.1}} {
		x, y := p[0], p[1]
		fmt.Println(x, y, math.Mod(x, y), math.Remainder(x, y))
	}
	for _, f := range []float64{0, 1, 8, 0.3, -5.75, 1e-310, math.Inf(1)} {
		frac, exp := math.Frexp(f)
		i, fr := math.Modf(f)
		fmt.Println(f, frac, exp, math.Ldexp(frac, exp), i, fr)
	}
	fmt.Println(math.Ldexp(1, 1024), math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(3, -1076), math.Ldexp(0.5, 10))
	i, f := math.Modf(-3.25)
	fmt.Println(i, f, math.FMA(2, 3, 4), math.FMA(0.1, 10, -1))
}

// Output:
// 7 3 1 1
// -7 3 -1 -1
// 7 -3 1 1
// 5.5 2 1.5 -0.5
// 1e+300 3 0 0
// 1 0 NaN NaN
// +Inf 2 NaN NaN
// 2 +Inf 2 2
// 0.3 0.1 0.09999999999999998 -2.7755575615628914e-17
// 0 0 0 0 0 0
// 1 0.5 1 1 1 0
// 8 0.5 4 8 8 0
// 0.3 0.6 -1 0.3 0 0.3
// -5.75 -0.71875 3 -5.75 -5 -0.75
// 1e-310 0.5752618031559393 -1029 1e-310 0 1e-310
// +Inf +Inf 0 +Inf +Inf NaN
// +Inf 5e-324 0 5e-324 512
// -3 -0.25 10 5.551115123125783e-17
