// Workload: function-call overhead. Doubly recursive fib(32) makes ~7M
// calls, each doing a compare, two subtractions and an addition.
//
// bench: issue=2
// bench: target time gosub/lua < 1.0
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(32))
}
