package main

import (
	"errors"
	"fmt"
	"strconv"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type codeErr int

func (c codeErr) Error() string { return "code " + strconv.Itoa(int(c)) }

func main() {
	var err error = fmt.Errorf("wrapped: %w", &PathError{"open", "/tmp/x"})
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("as PathError:", pe.Op, pe.Path)
	}
	var ce codeErr
	fmt.Println(errors.As(err, &ce), ce)
	err2 := fmt.Errorf("outer: %w", codeErr(42))
	fmt.Println(errors.As(err2, &ce), ce)
	var any error
	fmt.Println(errors.As(err2, &any), any)
	_, perr := strconv.Atoi("12a")
	var ne *strconv.NumError
	if errors.As(perr, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	fmt.Println(errors.Is(perr, strconv.ErrSyntax), errors.Is(perr, strconv.ErrRange))
}

// Output:
// as PathError: open /tmp/x
// false code 0
// true code 42
// true outer: code 42
// Atoi 12a invalid syntax true
// true false
