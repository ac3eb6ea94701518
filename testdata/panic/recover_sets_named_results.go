package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return q, nil
}

func parse(s string) (n int, ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(r.(string))
		}
	}()
	n = len(s)
	if s == "" {
		panic("empty input")
	}
	return n, true, nil
}

func main() {
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	fmt.Println(parse("abc"))
	fmt.Println(parse(""))
}

// Output:
// 3 <nil>
// -1 recovered: runtime error: integer divide by zero
// 3 true <nil>
// 0 false empty input
