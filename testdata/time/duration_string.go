package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500, 1001001, time.Millisecond * 250,
		time.Second, 1500 * time.Millisecond, time.Minute, 90 * time.Second,
		time.Hour, 26*time.Hour + 3*time.Minute + 4*time.Second + 5,
		-1, -time.Second, -90 * time.Minute, 1<<63 - 1, -1 << 63,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	fmt.Printf("%v %s %d\n", 2*time.Second, 3*time.Millisecond, time.Microsecond)
}

// Output:
// 0s
// 1ns
// 999ns
// 1µs
// 1.5µs
// 1.001001ms
// 250ms
// 1s
// 1.5s
// 1m0s
// 1m30s
// 1h0m0s
// 26h3m4.000000005s
// -1ns
// -1s
// -1h30m0s
// 2562047h47m16.854775807s
// -2562047h47m16.854775808s
// 2s 3ms 1000
