package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Err   error
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Err.Error() }
func (v *ValidationError) Unwrap() error { return v.Err }

type temporary interface{ Temporary() bool }
type netErr struct{}

func (netErr) Error() string   { return "net" }
func (netErr) Temporary() bool { return true }

func find(k string) error {
	if k == "" {
		return &ValidationError{"key", ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	e1 := find("")
	e2 := find("x")
	fmt.Println(e1, "|", e2)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Is(e2, ErrNotFound), errors.Is(e2, io.EOF))
	var ve *ValidationError
	fmt.Println(errors.As(e1, &ve), ve.Field)
	fmt.Println(errors.As(e2, &ve))
	w := fmt.Errorf("outer: %w", fmt.Errorf("mid: %w", netErr{}))
	var t temporary
	fmt.Println(errors.As(w, &t), t.Temporary())
	fmt.Println(errors.Unwrap(errors.Unwrap(w)) == netErr{})
	fmt.Println(fmt.Errorf("no wrap %v", ErrNotFound), errors.Unwrap(fmt.Errorf("no wrap %v", ErrNotFound)))
	fmt.Println(fmt.Errorf("%w", nil))
	fmt.Println(fmt.Errorf("%w", "str"))
	fmt.Println(errors.Is(nil, nil), errors.Is(ErrNotFound, nil))
	_, err := os.Open("/nonexistent/file")
	fmt.Println(err, errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
}

// Output:
// key: not found | find "x": not found
// true true false
// true key
// false
// true true
// true
// no wrap not found <nil>
// %!w(<nil>)
// %!w(string=str)
// true false
// open /nonexistent/file: no such file or directory true true
// open /nonexistent/file no such file or directory
