package main

import (
	"errors"
	"fmt"
)

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
			n = -1
		}
	}()
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if s == "" {
		return 0, errors.New("empty")
	}
	if s == "boom" {
		panic("boom input")
	}
	return len(s), nil
}

func main() {
	for _, s := range []string{"abc", "", "boom"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
}

// Output:
// 3 <nil>
// 0 wrapped: empty
// -1 parse "boom": boom input
