// defer_loop with 10x the defers per call: run registers 10000 deferred
// calls, each with an argument, called 3000 times (30M defers, 10x
// defer_loop's 3M). Its second target says the cost per defer stays
// constant as the number pending in one frame grows: at most 11x the time
// of defer_loop.
// bench: issue=4
// bench: runs=5
// bench: target time gosub/lua < 1.0
// bench: target time gosub/defer_loop:gosub <= 11
package main

import "fmt"

const defersPerCall = 10000
const calls = 3000

var acc int

func bump(k int) {
	acc = (acc*31 + k) % 1000000007
}

func run(n, base int) {
	for i := 0; i < n; i++ {
		defer bump(base + i)
	}
}

func main() {
	for c := 0; c < calls; c++ {
		run(defersPerCall, c)
	}
	fmt.Println(acc)
}
