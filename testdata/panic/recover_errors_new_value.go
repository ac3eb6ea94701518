package main

import (
	"errors"
	"fmt"
)

var ErrClosed = errors.New("resource closed")

func use() {
	panic(ErrClosed)
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v | %T\n", r, r)
		err, ok := r.(error)
		fmt.Println("is error:", ok, "msg:", err.Error())
		fmt.Println("same value:", err == ErrClosed, errors.Is(err, ErrClosed))
	}()
	use()
}

// Output:
// resource closed | *errors.errorString
// is error: true msg: resource closed
// same value: true true
