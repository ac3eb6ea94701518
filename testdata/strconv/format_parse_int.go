package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	v, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("zz", 36, 64)
	fmt.Println(v, err)
	if err == nil {
		fmt.Println("ok")
	}
}

// Output:
// 11111111 -ff z
// -31 <nil>
// 127 strconv.ParseInt: parsing "300": value out of range
// 1295 <nil>
// ok
