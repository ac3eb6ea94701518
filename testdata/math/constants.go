package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, math.MaxInt16, math.MinInt16, math.MaxInt8, math.MinInt8)
	fmt.Println(uint64(math.MaxUint64), math.MaxUint32, math.MaxUint16, math.MaxUint8, math.MaxInt, math.MinInt, uint(math.MaxUint))
	var f32 float32 = math.Pi
	fmt.Println(f32, float32(math.MaxFloat32))
	fmt.Printf("%.20f %T\n", math.Pi, math.Pi)
	const big = math.MaxInt64
	var x int64 = big
	fmt.Println(x+1 < 0)
}

// Output:
// 3.141592653589793 2.718281828459045 1.618033988749895 1.4142135623730951 1.6487212707001282 1.772453850905516 1.272019649514069
// 0.6931471805599453 1.4426950408889634 2.302585092994046 0.4342944819032518
// 1.7976931348623157e+308 5e-324 3.4028234663852886e+38 1.401298464324817e-45
// 9223372036854775807 -9223372036854775808 2147483647 -2147483648 32767 -32768 127 -128
// 18446744073709551615 4294967295 65535 255 9223372036854775807 -9223372036854775808 18446744073709551615
// 3.1415927 3.4028235e+38
// 3.14159265358979311600 float64
// true
