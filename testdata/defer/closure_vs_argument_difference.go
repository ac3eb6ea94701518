package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("argument form:", x)
	defer func() { fmt.Println("closure form:", x) }()
	defer func(v int) { fmt.Println("closure with parameter:", v, "and captured:", x) }(x)
	x = 42
	fmt.Println("x set to", x)
}

// Output:
// x set to 42
// closure with parameter: 1 and captured: 42
// closure form: 42
// argument form: 1
