// Workload: integer arithmetic in a tight nested loop. 5000*5000 inner
// iterations of multiply, add, and, xor, add (~125M arithmetic ops plus
// the loop compare/increment). Each step depends on the previous one and
// the checksum is printed, so the Go compiler cannot fold or drop the loop.
// Values stay non-negative so Lua's floored and Go's truncated operators
// would agree even if division were added.
//
// bench: issue=2
// bench: target time gosub/lua < 1.0
package main

import "fmt"

func main() {
	const n = 5000
	sum := 0
	for i := 0; i < n; i++ {
		x := i
		for j := 0; j < n; j++ {
			x = (x*31 + j) & 0xFFFFF
			sum += x ^ j
		}
	}
	fmt.Println(sum)
}
