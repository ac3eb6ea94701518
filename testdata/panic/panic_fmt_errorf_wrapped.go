package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Errorf("parse config %q: %w", s, err))
	}
	return n
}

func main() {
	fmt.Println(parse("12"))
	base := errors.New("base")
	wrapped := fmt.Errorf("layer: %w", base)
	fmt.Println(errors.Unwrap(wrapped) == base)
	fmt.Println(parse("x1"))
}

// Output:
// 12
// true
//
// Stderr:
// panic: parse config "x1": strconv.Atoi: parsing "x1": invalid syntax
//
// goroutine 1 [running]:
//
// Exit: 2
