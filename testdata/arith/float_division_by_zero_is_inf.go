package main

import "fmt"

func main() {
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
}

// Output:
// +Inf -Inf NaN
