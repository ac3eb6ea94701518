package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("loop defer, i =", i)
	}
	for _, s := range []string{"a", "b", "c"} {
		defer fmt.Println("range defer", s)
	}
	fmt.Println("loops done")
}

// Output:
// loops done
// range defer c
// range defer b
// range defer a
// loop defer, i = 3
// loop defer, i = 2
// loop defer, i = 1
// loop defer, i = 0
