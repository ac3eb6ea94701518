package main

import "fmt"

func main() {
	fmt.Println(1.0, 2.5, 1e20, 1e21, 0.0001, 0.00001, 100000.0, 1234567.0)
	var f32 float32 = 1.1
	fmt.Println(f32, float64(f32))
}

// Output:
// 1 2.5 1e+20 1e+21 0.0001 1e-05 100000 1.234567e+06
// 1.1 1.100000023841858
