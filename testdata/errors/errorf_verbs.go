package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("a: %w, b: %w", base, base)
	fmt.Println(e1, errors.Unwrap(e1) == nil)
	e2 := fmt.Errorf("not an error: %w", 5)
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	fmt.Println(fmt.Sprintf("sprintf: %w", base))
	e3 := fmt.Errorf("%v and %w", "x", base)
	fmt.Println(e3, errors.Unwrap(e3) == base)
	fmt.Printf("%q %s %x %10v|\n", base, base, base, base)
	var nilErr error
	fmt.Println(nilErr, fmt.Errorf("nil: %w", nilErr))
}

// Output:
// a: base, b: %!w(*errors.errorString=&{base}) true
// not an error: %!w(int=5) true
// sprintf: %!w(*errors.errorString=&{base})
// x and base true
// "base" base 62617365       base|
// <nil> nil: %!w(<nil>)
