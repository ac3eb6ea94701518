package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0x1f", "0o17", "017", "0b101", "1_000", "-0x10", "+42", "0x", "1__0", "_1"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	for _, b := range []int{2, 8, 16, 36} {
		fmt.Println(strconv.FormatInt(-255, b), strconv.FormatUint(255, b))
	}
	n, err := strconv.ParseInt("1_000", 10, 64)
	fmt.Println(n, err)
	x, err := strconv.ParseUint("FF", 16, 8)
	fmt.Println(x, err)
	x, err = strconv.ParseUint("100", 16, 8)
	fmt.Println(x, err)
}

// Output:
// 0x1f 31 <nil>
// 0o17 15 <nil>
// 017 15 <nil>
// 0b101 5 <nil>
// 1_000 1000 <nil>
// -0x10 -16 <nil>
// +42 42 <nil>
// 0x 0 strconv.ParseInt: parsing "0x": invalid syntax
// 1__0 0 strconv.ParseInt: parsing "1__0": invalid syntax
// _1 0 strconv.ParseInt: parsing "_1": invalid syntax
// -11111111 11111111
// -377 377
// -ff ff
// -73 73
// 0 strconv.ParseInt: parsing "1_000": invalid syntax
// 255 <nil>
// 255 strconv.ParseUint: parsing "100": value out of range
