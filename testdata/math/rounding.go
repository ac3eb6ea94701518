package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -1.5, -2.5, 3.7, -3.7, 1e16 + 1, 4503599627370495.5, math.Inf(1), math.Inf(-1), math.NaN()} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x))
	}
	negZero := math.Copysign(0, -1)
	fmt.Println(math.Signbit(math.Round(-0.4)), math.Signbit(math.Ceil(-0.5)), math.Signbit(math.Trunc(-0.2)), math.Signbit(math.Floor(negZero)))
	fmt.Println(math.Abs(negZero), math.Signbit(math.Abs(negZero)), math.Abs(-5), int(math.Round(2.5)), int(math.Floor(-2.5)))
}

// Output:
// 0 0 0 0 0 0 0
// 0.4 0 1 0 0 0 0.4
// 0.5 0 1 0 1 0 0.5
// 0.6 0 1 0 1 1 0.6
// 1.5 1 2 1 2 2 1.5
// 2.5 2 3 2 3 2 2.5
// -0.4 -1 -0 -0 -0 -0 0.4
// -0.5 -1 -0 -0 -1 -0 0.5
// -1.5 -2 -1 -1 -2 -2 1.5
// -2.5 -3 -2 -2 -3 -2 2.5
// 3.7 3 4 3 4 4 3.7
// -3.7 -4 -3 -3 -4 -4 3.7
// 1e+16 1e+16 1e+16 1e+16 1e+16 1e+16 1e+16
// 4.5035996273704955e+15 4.503599627370495e+15 4.503599627370496e+15 4.503599627370495e+15 4.503599627370496e+15 4.503599627370496e+15 4.5035996273704955e+15
// +Inf +Inf +Inf +Inf +Inf +Inf +Inf
// -Inf -Inf -Inf -Inf -Inf -Inf +Inf
// NaN NaN NaN NaN NaN NaN NaN
// true true true true
// 0 false 5 3 -3
