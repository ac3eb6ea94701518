package main

import "fmt"

func main() {
	a, b := -7, 2
	fmt.Println(a/b, a%b, 7/-2, 7%-2, -7/-2, -7%-2)
}

// Output:
// -3 -1 -3 1 3 -1
