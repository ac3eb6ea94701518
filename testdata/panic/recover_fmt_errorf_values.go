package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%v | %T\n", r, r)
		if err, ok := r.(error); ok {
			fmt.Println("  Is(ErrBase):", errors.Is(err, ErrBase))
			fmt.Println("  Unwrap:", errors.Unwrap(err))
		}
	}()
	f()
}

func main() {
	catch(func() { panic(fmt.Errorf("plain %d", 1)) })
	catch(func() { panic(fmt.Errorf("step %d: %w", 2, ErrBase)) })
	catch(func() { panic(fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", ErrBase))) })
}

// Output:
// plain 1 | *errors.errorString
//   Is(ErrBase): false
//   Unwrap: <nil>
// step 2: base failure | *fmt.wrapError
//   Is(ErrBase): true
//   Unwrap: base failure
// outer: inner: base failure | *fmt.wrapError
//   Is(ErrBase): true
//   Unwrap: inner: base failure
