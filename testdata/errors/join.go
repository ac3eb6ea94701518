//gosub:reasoned go1.22
// errors.Join arrived in Go 1.20, after the Go 1.19 oracle; the
// expectation below was derived by reasoning from Go 1.20's documentation:
// Join drops nil errors (returning nil when none are left), its Error()
// joins the messages with newlines, and Is/As look through every wrapped
// error.
package main

import (
	"errors"
	"fmt"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

var ErrA = errors.New("a failed")
var ErrB = errors.New("b failed")

func main() {
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	err := errors.Join(ErrA, nil, &codeErr{7}, ErrB)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrA), errors.Is(err, ErrB), errors.Is(err, errors.New("a failed")))
	var ce *codeErr
	fmt.Println(errors.As(err, &ce), ce.code)
	wrapped := fmt.Errorf("outer: %w", err)
	fmt.Println(errors.Is(wrapped, ErrB), errors.Unwrap(wrapped) == err, errors.Unwrap(err) == nil)
}

// Output:
// true true
// a failed
// code 7
// b failed
// true true false
// true 7
// true true true
