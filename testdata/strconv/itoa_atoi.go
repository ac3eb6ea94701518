package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := strconv.Itoa(-1234)
	n, err := strconv.Atoi("5678")
	fmt.Println(s, n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
}

// Output:
// -1234 5678 <nil>
// strconv.Atoi: parsing "12a": invalid syntax
// strconv.Atoi: parsing "99999999999999999999": value out of range
