package main

import "fmt"

var step = 0

func getF(name string) func() {
	step++
	fmt.Println("getF called for", name, "at step", step)
	n := step
	return func() { fmt.Println("running", name, "made at step", n) }
}

func main() {
	defer getF("first")()
	fmt.Println("between defers")
	defer getF("second")()
	f := func() { fmt.Println("original f") }
	defer f()
	f = func() { fmt.Println("replacement f") }
	fmt.Println("end of main, step =", step)
}

// Output:
// getF called for first at step 1
// between defers
// getF called for second at step 2
// end of main, step = 2
// original f
// running second made at step 2
// running first made at step 1
