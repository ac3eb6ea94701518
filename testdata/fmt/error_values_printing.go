package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	var err error = &NotFound{"k"}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%+v|%x\n", err, err, err, err, err)
	fmt.Printf("%10v|%-12s|\n", Code(7), Code(8))
	fmt.Printf("%d %v\n", Code(7), Code(7))
	wrapped := fmt.Errorf("load: %w", err)
	fmt.Println(wrapped)
	fmt.Println([]error{err, Code(1), nil})
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v %s\n", nilErr, nilErr)
	fmt.Println(errors.New("plain"), errors.Unwrap(wrapped) == err)
}

// Output:
// not found: k
// not found: k|not found: k|"not found: k"|not found: k|6e6f7420666f756e643a206b
//     code 7|code 8      |
// 7 code 7
// load: not found: k
// [not found: k code 1 <nil>]
// <nil>
// <nil> %!s(<nil>)
// plain true
