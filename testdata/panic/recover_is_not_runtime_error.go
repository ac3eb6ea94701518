package main

import (
	"errors"
	"fmt"
	"runtime"
)

func classify(f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		_, isError := r.(error)
		fmt.Printf("%-22v runtime.Error=%-5v error=%v\n", r, isRuntime, isError)
	}()
	f()
}

func main() {
	classify(func() { panic("a string") })
	classify(func() { panic(errors.New("an error")) })
	classify(func() { var a []int; _ = a[3] })
	classify(func() { panic(fmt.Errorf("wrap: %w", errors.New("x"))) })
}

// Output:
// a string               runtime.Error=false error=false
// an error               runtime.Error=false error=true
// runtime error: index out of range [3] with length 0 runtime.Error=true  error=true
// wrap: x                runtime.Error=false error=true
