package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{
		"0", "5s", "300ms", "-1.5h", "2h45m", "1h15m30.918273645s", "1.5µs", "3us", "+4m",
		".5s", "1.s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"", "3", "3x", "abc", "-", "1.2.3s", "1h2", "5µ",
	} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %v\n", s, d, err)
	}
}

// Output:
// "0": 0s <nil>
// "5s": 5s <nil>
// "300ms": 300ms <nil>
// "-1.5h": -1h30m0s <nil>
// "2h45m": 2h45m0s <nil>
// "1h15m30.918273645s": 1h15m30.918273645s <nil>
// "1.5µs": 1.5µs <nil>
// "3us": 3µs <nil>
// "+4m": 4m0s <nil>
// ".5s": 500ms <nil>
// "1.s": 1s <nil>
// "9223372036854775807ns": 2562047h47m16.854775807s <nil>
// "9223372036854775808ns": 0s time: invalid duration "9223372036854775808ns"
// "-9223372036854775808ns": -2562047h47m16.854775808s <nil>
// "": 0s time: invalid duration ""
// "3": 0s time: missing unit in duration "3"
// "3x": 0s time: unknown unit "x" in duration "3x"
// "abc": 0s time: invalid duration "abc"
// "-": 0s time: invalid duration "-"
// "1.2.3s": 0s time: missing unit in duration "1.2.3s"
// "1h2": 0s time: missing unit in duration "1h2"
// "5µ": 0s time: unknown unit "\xc2\xb5" in duration "5\xc2\xb5"
