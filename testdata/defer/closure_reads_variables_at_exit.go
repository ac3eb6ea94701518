package main

import "fmt"

func main() {
	x := 1
	s := "start"
	defer func() {
		fmt.Println("closure sees x =", x, "s =", s)
	}()
	x = 2
	s = "middle"
	func() {
		x = 3
	}()
	s = "end"
	fmt.Println("main finished with", x, s)
}

// Output:
// main finished with 3 end
// closure sees x = 3 s = end
