package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	_, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("zz", 36, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseFloat("1.5x", 64)
	fmt.Println(err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	var ne *strconv.NumError
	_, err = strconv.Atoi("x")
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange))
	n, err := strconv.ParseInt("127", 10, 8)
	fmt.Println(n, err)
	v, err := strconv.ParseInt("-9223372036854775809", 10, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
}

// Output:
// strconv.Atoi: parsing "12a": invalid syntax
// strconv.Atoi: parsing "": invalid syntax
// strconv.Atoi: parsing "99999999999999999999": value out of range
// strconv.ParseInt: parsing "-129": value out of range
// strconv.ParseUint: parsing "-1": invalid syntax
// <nil>
// strconv.ParseInt: parsing "12": invalid base 1
// strconv.ParseFloat: parsing "1.5x": invalid syntax
// strconv.ParseFloat: parsing "1e400": value out of range
// strconv.ParseBool: parsing "yes": invalid syntax
// invalid syntax
// Atoi x invalid syntax true
// true
// 127 <nil>
// -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range
// 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
