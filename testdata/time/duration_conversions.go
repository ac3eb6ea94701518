package main

import (
	"fmt"
	"time"
)

func main() {
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond + 1234
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Minute), d.Round(time.Hour))
	fmt.Println(d.Truncate(0), d.Round(-1))
	fmt.Println((-d).Round(time.Second), (-d).Truncate(time.Second))
	fmt.Println(time.Duration(-5).Abs(), time.Duration(-1<<63).Abs())
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour))
	var x time.Duration = 1500 * time.Millisecond
	fmt.Println(x/time.Millisecond, int64(x), float64(x)/float64(time.Second))
}

// Output:
// 3.4293055558983334 205.7583333539 12345.500001234
// 12345500 12345500001 12345500001234
// 3h25m0s 3h26m0s 3h0m0s
// 3h25m45.500001234s 3h25m45.500001234s
// -3h25m46s -3h25m45s
// 5ns 2562047h47m16.854775807s
// 2562047h47m16.854775807s
// 1.5µs 1500000000 1.5
