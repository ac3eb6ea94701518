package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "abc", "", "99999999999999999999", "0x1f", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"0x1f", 0, 64}, {"1_000", 0, 64}, {"ff", 16, 64}, {"300", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"12", 1, 64}, {"12", 10, 65}, {"0b101", 0, 0}, {"0o17", 0, 0}, {"017", 0, 0}, {"1__0", 0, 0}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.Atoi("x")
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err)
	fmt.Printf("%v|%+v|%T\n", err, ne.Err, err)
}

// Output:
// 42 <nil>
// -17 <nil>
// 0 strconv.Atoi: parsing "abc": invalid syntax
// 0 strconv.Atoi: parsing "": invalid syntax
// 9223372036854775807 strconv.Atoi: parsing "99999999999999999999": value out of range
// 0 strconv.Atoi: parsing "0x1f": invalid syntax
// 0 strconv.Atoi: parsing "1_000": invalid syntax
// 31 <nil>
// 1000 <nil>
// 255 <nil>
// 127 strconv.ParseInt: parsing "300": value out of range
// -128 strconv.ParseInt: parsing "-129": value out of range
// 35 <nil>
// 0 strconv.ParseInt: parsing "12": invalid base 1
// 0 strconv.ParseInt: parsing "12": invalid bit size 65
// 5 <nil>
// 15 <nil>
// 15 <nil>
// 0 strconv.ParseInt: parsing "1__0": invalid syntax
// 18446744073709551615 <nil>
// 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// Atoi x invalid syntax
// strconv.Atoi: parsing "x": invalid syntax|invalid syntax|*strconv.NumError
