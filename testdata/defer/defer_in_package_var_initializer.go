package main

import "fmt"

var trace []string

var a = compute("a", 1)

var b = func() (v int) {
	defer func() { v += 100; trace = append(trace, "b literal defer") }()
	return a + 1
}()

func compute(name string, v int) (r int) {
	defer func() {
		r *= 10
		trace = append(trace, "compute defer for "+name)
	}()
	trace = append(trace, "compute body for "+name)
	return v
}

func main() {
	fmt.Println(a, b)
	for _, t := range trace {
		fmt.Println(t)
	}
}

// Output:
// 10 111
// compute body for a
// compute defer for a
// b literal defer
