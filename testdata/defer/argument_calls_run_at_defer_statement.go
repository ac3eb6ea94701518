package main

import "fmt"

func compute(tag string, v int) int {
	fmt.Println("compute", tag, v)
	return v * 2
}

func report(a, b int) {
	fmt.Println("report", a, b)
}

func main() {
	fmt.Println("before defer")
	defer report(compute("a", 1), compute("b", 2))
	fmt.Println("after defer statement")
	defer report(compute("c", 3), 0)
	fmt.Println("end of main")
}

// Output:
// before defer
// compute a 1
// compute b 2
// after defer statement
// compute c 3
// end of main
// report 6 0
// report 2 4
