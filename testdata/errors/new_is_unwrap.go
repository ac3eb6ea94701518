package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	if q == "" {
		return nil
	}
	return &QueryError{q, ErrNotFound}
}

func main() {
	a, b := errors.New("x"), errors.New("x")
	fmt.Println(a == b, a == a, a.Error() == b.Error())
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, a), errors.Is(nil, nil), errors.Is(err, nil))
	fmt.Println(errors.Unwrap(err) == ErrNotFound, errors.Unwrap(ErrNotFound))
	fmt.Printf("%T %T\n", err, ErrNotFound)
	if err := find(""); err == nil {
		fmt.Println("no error")
	}
	w := fmt.Errorf("lookup %q: %w", "bob", err)
	fmt.Println(w)
	fmt.Printf("%T\n", w)
	fmt.Println(errors.Is(w, ErrNotFound), errors.Unwrap(w) == err)
	plain := fmt.Errorf("code %d", 7)
	fmt.Printf("%v %T %v\n", plain, plain, errors.Unwrap(plain))
}

// Output:
// false true true
// users: not found
// true false true false
// true <nil>
// *main.QueryError *errors.errorString
// no error
// lookup "bob": users: not found
// *fmt.wrapError
// true true
// code 7 *errors.errorString <nil>
