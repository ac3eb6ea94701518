package main

import "fmt"

func show(label string, v int) {
	fmt.Println(label, v)
}

func main() {
	x := 1
	defer show("x at first defer:", x)
	x = 2
	defer show("x at second defer:", x)
	x++
	defer show("x*10 at third defer:", x*10)
	x = 100
	fmt.Println("x at end of main:", x)
}

// Output:
// x at end of main: 100
// x*10 at third defer: 30
// x at second defer: 2
// x at first defer: 1
