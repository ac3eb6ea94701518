package main

import (
	"errors"
	"fmt"
)

func parse(s string) (int, error) {
	if s == "" {
		return errors.New("empty")
	}
	return len(s), nil, nil
}

func main() {
	fmt.Println(parse("x"))
}

// Stderr:
// return_wrong_count_and_type.go:10:10: not enough return values
// 	have (error)
// 	want (int, error)
// return_wrong_count_and_type.go:12:22: too many return values
// 	have (int, nil, nil)
// 	want (int, error)
//
// Exit: 2
