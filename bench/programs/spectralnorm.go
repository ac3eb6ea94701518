// Workload: floating-point arithmetic and slice indexing (the Computer
// Language Benchmarks Game's spectral norm, n=500): 10 rounds of A*A^T*v,
// ~10M evaluations of the matrix element 1/((i+j)(i+j+1)/2+i+1). The final
// square root is computed by Newton's iteration in the program itself, so
// the workload needs no math package.
//
// bench: issue=2
// bench: target time gosub/lua < 1.0
package main

import "fmt"

// a returns the element (i, j) of the infinite matrix A.
func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func multiplyAv(n int, v, av []float64) {
	for i := 0; i < n; i++ {
		sum := 0.0
		for j := 0; j < n; j++ {
			sum += a(i, j) * v[j]
		}
		av[i] = sum
	}
}

func multiplyAtv(n int, v, atv []float64) {
	for i := 0; i < n; i++ {
		sum := 0.0
		for j := 0; j < n; j++ {
			sum += a(j, i) * v[j]
		}
		atv[i] = sum
	}
}

func multiplyAtAv(n int, v, out, tmp []float64) {
	multiplyAv(n, v, tmp)
	multiplyAtv(n, tmp, out)
}

// sqrt uses Newton's iteration. Starting at or above the root, the iterates
// decrease monotonically, so stop as soon as one fails to decrease.
func sqrt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	z := x
	if z < 1 {
		z = 1
	}
	for {
		next := (z + x/z) / 2
		if next >= z {
			return z
		}
		z = next
	}
}

func main() {
	n := 500
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < n; i++ {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		multiplyAtAv(n, u, v, tmp)
		multiplyAtAv(n, v, u, tmp)
	}
	vBv, vv := 0.0, 0.0
	for i := 0; i < n; i++ {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%0.9f\n", sqrt(vBv/vv))
}
