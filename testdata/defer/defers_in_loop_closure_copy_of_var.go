package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		i := i
		defer func() { fmt.Println("closure over copy i =", i) }()
	}
	for i := 0; i < 3; i++ {
		defer func(v int) { fmt.Println("parameter v =", v) }(i)
	}
	total := 0
	for _, n := range []int{1, 2, 3} {
		n := n
		defer func() {
			total += n
			fmt.Println("add", n, "total", total)
		}()
	}
	fmt.Println("main body end")
}

// Output:
// main body end
// add 3 total 3
// add 2 total 5
// add 1 total 6
// parameter v = 2
// parameter v = 1
// parameter v = 0
// closure over copy i = 2
// closure over copy i = 1
// closure over copy i = 0
