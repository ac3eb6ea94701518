package main

import "fmt"

func dive(n int) {
	defer fmt.Println("unwind level", n)
	if n == 4 {
		panic(fmt.Sprint("bottom reached at ", n))
	}
	dive(n + 1)
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	dive(0)
}

// Output:
// unwind level 4
// unwind level 3
// unwind level 2
// unwind level 1
// unwind level 0
// main recovered: bottom reached at 4
