package main

import (
	"errors"
	"fmt"
)

type mapErr struct{ fields map[string]string }

func (e mapErr) Error() string { return "map error" }

type sliceErr []string

func (e sliceErr) Error() string { return "slice error" }

// errors.Is compares with == only when the target's type is comparable: a
// target holding a map or a slice is not, and is never == anything.
func main() {
	m := mapErr{map[string]string{"a": "b"}}
	fmt.Println(errors.Is(m, m))
	fmt.Println(errors.Is(fmt.Errorf("wrapped: %w", m), m))
	s := sliceErr{"x"}
	fmt.Println(errors.Is(s, s))
	fmt.Println(errors.Is(m, errors.New("map error")))
}

// Output:
// false
// false
// false
// false
