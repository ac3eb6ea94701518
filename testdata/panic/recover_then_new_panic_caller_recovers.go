package main

import (
	"errors"
	"fmt"
)

var ErrInternal = errors.New("internal error")

func handler(input string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("handler saw:", r)
			panic(fmt.Errorf("handler(%q): %w", input, ErrInternal))
		}
	}()
	if input == "" {
		panic("empty input")
	}
	fmt.Println("handled", input)
}

func serve(input string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	handler(input)
	return nil
}

func main() {
	fmt.Println("serve ok:", serve("x"))
	err := serve("")
	fmt.Println("serve err:", err)
	fmt.Println("is internal:", errors.Is(err, ErrInternal))
}

// Output:
// handled x
// serve ok: <nil>
// handler saw: empty input
// serve err: handler(""): internal error
// is internal: true
