package main

import "fmt"

func f() {
	defer fmt.Println("defer 1 (registered first, runs last)")
	defer func() {
		fmt.Println("defer 2: recover =", recover())
	}()
	defer fmt.Println("defer 3")
	defer func() {
		fmt.Println("defer 4: still panicking, recover not called")
	}()
	fmt.Println("body")
	panic("P")
}

func main() {
	f()
	fmt.Println("after f")
}

// Output:
// body
// defer 4: still panicking, recover not called
// defer 3
// defer 2: recover = P
// defer 1 (registered first, runs last)
// after f
