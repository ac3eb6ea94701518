// gosub: package math is Go 1.19's code for everything whose result
// depends on the algorithm (Go's Sin, Pow, Log... differ from the C
// library in the last bit for many arguments), and natives
// (stdlib/natives_math.cpp) where the result is exact whatever computes
// it, plus Exp, which follows Go's amd64 assembly. Arrays in Go's tables
// became slices (no arrays yet).
package math

// Sqrt returns the square root of x.
func Sqrt(x float64) float64

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64

// Trunc returns the integer value of x.
func Trunc(x float64) float64

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64

// Abs returns the absolute value of x.
func Abs(x float64) float64

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool

// Mod returns the floating-point remainder of x/y.
func Mod(x, y float64) float64

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number corresponding to the
// IEEE 754 binary representation b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number corresponding to the
// IEEE 754 binary representation b.
func Float32frombits(b uint32) float32

// math/bits helpers for trigReduce.

func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0 := x & mask32
	x1 := x >> 32
	y0 := y & mask32
	y1 := y >> 32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

func add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

func leadingZeros64(x uint64) int {
	n := 64
	for x != 0 {
		x >>= 1
		n--
	}
	return n
}
