package main

import "fmt"

func main() {
	var x int64 = -9223372036854775808
	var m int64 = -1
	fmt.Println(x/m, x%m)
}

// Output:
// -9223372036854775808 0
