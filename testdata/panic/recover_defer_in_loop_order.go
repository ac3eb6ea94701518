package main

import "fmt"

func f() (log []int) {
	for i := 0; i < 5; i++ {
		defer func(n int) {
			log = append(log, n)
			if n == 2 {
				fmt.Println("recovered at", n, ":", recover())
			}
		}(i)
	}
	panic("loop panic")
}

func main() {
	fmt.Println(f())
}

// Output:
// recovered at 2 : loop panic
// [4 3 2 1 0]
