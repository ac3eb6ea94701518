// Defers piled up in a loop: run registers 1000 deferred calls, each with
// an argument, and they all run (last first) when it returns; called 3000
// times, 3M defers in all. The checksum depends on the order the deferred
// calls run in. The Lua version collects 1000 closures in a table and calls
// them in reverse. defer_loop10x does 10x the defers per call.
// bench: issue=4
// bench: runs=5
// bench: target time gosub/lua < 1.0
package main

import "fmt"

const defersPerCall = 1000
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
