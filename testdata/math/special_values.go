package main

import (
	"fmt"
	"math"
)

func main() {
	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(inf, ninf, nan, math.Inf(0), math.Inf(-5))
	fmt.Println(math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(ninf, 0), math.IsInf(1e308, 0), math.IsInf(nan, 0))
	fmt.Println(math.IsNaN(nan), math.IsNaN(inf), math.IsNaN(inf-inf), math.IsNaN(0*inf), nan == nan, nan != nan)
	negZero := math.Copysign(0, -1)
	fmt.Println(math.Signbit(negZero), math.Signbit(0), math.Signbit(-1), math.Signbit(ninf), math.Copysign(3, -2), math.Copysign(-3, 2))
	fmt.Println(math.Max(1, 2), math.Max(-0.0, negZero), math.Signbit(math.Max(0, negZero)), math.Max(nan, 1), math.Max(inf, nan))
	fmt.Println(math.Min(1, 2), math.Signbit(math.Min(0, negZero)), math.Min(nan, 1), math.Min(ninf, nan), math.Min(ninf, 5))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.Dim(inf, inf), math.Dim(nan, 1))
	fmt.Println(1/negZero, 1/math.Copysign(0, 1), -inf, inf+ninf)
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, 1), math.Nextafter(1, 1))
}

// Output:
// +Inf -Inf NaN +Inf -Inf
// true false true false false
// true false true true false true
// true false true true -3 3
// 2 0 false NaN +Inf
// 1 true NaN -Inf -Inf
// 2 0 NaN NaN
// -Inf +Inf -Inf NaN
// 1.0000000000000002 0.9999999999999999 5e-324 1
