// A capturing deferred closure in a hot function: in step,
// `defer func() { r = r*3 + (x & 7) }()` reads the parameter x and rewrites
// the named result r after the return statement has set it; called 5M
// times. The Lua version creates the same closure and calls it just before
// returning.
// bench: issue=4
// bench: runs=5
// bench: target time gosub/lua < 1.0
package main

import "fmt"

func step(x int) (r int) {
	defer func() {
		r = r*3 + (x & 7)
	}()
	return (x ^ 5) & 1023
}

func main() {
	sum := 0
	for i := 0; i < 5000000; i++ {
		sum += step(i)
	}
	fmt.Println(sum)
}
