//gosub:reasoned go1.22
// Range over an integer needs Go 1.22; the expectation below was derived
// by reasoning: i takes the values 0, 1, 2 and the loop sums them.
package main

import "fmt"

func main() {
	total := 0
	for i := range 3 {
		fmt.Println(i)
		total += i
	}
	fmt.Println("total", total)
}

// Output:
// 0
// 1
// 2
// total 3
