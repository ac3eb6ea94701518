package main

import "fmt"

type Name string

func main() {
	fmt.Printf("%#v|%#v|%#v|%#v|%#v\n", "x", Name("y"), 1e6, 100.0, uint8(3))
	fmt.Println(fmt.Sprintf("%#v", "z"))
}

// Output:
// "x"|"y"|1e+06|100|0x3
// "z"
