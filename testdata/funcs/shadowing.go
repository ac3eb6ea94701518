package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := 1
	{
		x := 2.5
		fmt.Println(x)
	}
	if x := "inner"; x != "" {
		fmt.Println(x)
	}
	fmt.Println(x)
}

// Output:
// package
// 2.5
// inner
// 1
