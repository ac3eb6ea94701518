package main

import "fmt"

func main() {
	defer fmt.Println("outer defer (main exit)")
	func() {
		defer fmt.Println("inner defer 1")
		func() {
			defer fmt.Println("innermost defer")
			fmt.Println("innermost body")
		}()
		defer fmt.Println("inner defer 2")
		fmt.Println("inner body end")
	}()
	fmt.Println("after inner literal")
	f := func(n int) int {
		defer fmt.Println("f's defer, n =", n)
		return n * 2
	}
	fmt.Println("f returned", f(21))
	fmt.Println("main body end")
}

// Output:
// innermost body
// innermost defer
// inner body end
// inner defer 2
// inner defer 1
// after inner literal
// f's defer, n = 21
// f returned 42
// main body end
// outer defer (main exit)
