package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{0, 1, -1, 0.1, math.Pi, math.Inf(1), math.Inf(-1), math.MaxFloat64, math.SmallestNonzeroFloat64, math.Copysign(0, -1)} {
		b := math.Float64bits(f)
		fmt.Printf("%v %016x %v\n", f, b, math.Float64frombits(b) == f)
	}
	fmt.Printf("%#x\n", math.Float64bits(math.NaN()))
	fmt.Println(math.Float64frombits(0x7ff0000000000000), math.Float64frombits(0x3ff8000000000000), math.Float64frombits(1))
	for _, f := range []float32{0, 1, -2.5, 0.1, math.MaxFloat32, math.SmallestNonzeroFloat32} {
		b := math.Float32bits(f)
		fmt.Printf("%v %08x %v\n", f, b, math.Float32frombits(b))
	}
	fmt.Println(math.Float32frombits(0x7f800000), math.Float32frombits(0x3e99999a))
}

// Output:
// 0 0000000000000000 true
// 1 3ff0000000000000 true
// -1 bff0000000000000 true
// 0.1 3fb999999999999a true
// 3.141592653589793 400921fb54442d18 true
// +Inf 7ff0000000000000 true
// -Inf fff0000000000000 true
// 1.7976931348623157e+308 7fefffffffffffff true
// 5e-324 0000000000000001 true
// -0 8000000000000000 true
// 0x7ff8000000000001
// +Inf 1.5 5e-324
// 0 00000000 0
// 1 3f800000 1
// -2.5 c0200000 -2.5
// 0.1 3dcccccd 0.1
// 3.4028235e+38 7f7fffff 3.4028235e+38
// 1e-45 00000001 1e-45
// +Inf 0.3
