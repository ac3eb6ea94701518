package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1e21, 1e-7, 123456789, 0.1 + 0.2, math.Inf(1), math.NaN(), 100}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'g', 4, 32))
	}
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
	f, err := strconv.ParseFloat("  1.5", 64)
	fmt.Println(f, err)
	for _, s := range []string{"inf", "-Inf", "NaN", "1e-400", "0x1p-2", ".5", "5.", "1_0.5", "+3"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
}

// Output:
// 0 0.000e+00 0 0.00 0
// 1 1.000e+00 1 1.00 1
// -1.5 -1.500e+00 -1.5 -1.50 -1.5
// 3.14159265 3.142e+00 3.14159265 3.14 3.142
// 1000000000000000000000 1.000e+21 1e+21 1000000000000000000000.00 1e+21
// 0.0000001 1.000e-07 1e-07 0.00 1e-07
// 123456789 1.235e+08 1.23456789e+08 123456789.00 1.235e+08
// 0.3 3.000e-01 0.3 0.30 0.3
// +Inf +Inf +Inf +Inf +Inf
// NaN NaN NaN NaN NaN
// 100 1.000e+02 100 100.00 100
// 2 4 1.00
// 0 strconv.ParseFloat: parsing "  1.5": invalid syntax
// inf +Inf <nil>
// -Inf -Inf <nil>
// NaN NaN <nil>
// 1e-400 0 <nil>
// 0x1p-2 0.25 <nil>
// .5 0.5 <nil>
// 5. 5 <nil>
// 1_0.5 10.5 <nil>
// +3 3 <nil>
// +Inf strconv.ParseFloat: parsing "3.4e39": value out of range
