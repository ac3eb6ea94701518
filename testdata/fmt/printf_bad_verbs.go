package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%s\n", 5)
}

// Output:
// %!d(string=str)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2)%!s(int=5)
