package main

import (
	"context"
	"fmt"
)

type keyA struct{}

// A key that no context in the chain carries gives nil, also from
// Background and TODO; a stored nil value is found as nil too.
func main() {
	fmt.Println(context.Background().Value("x"), context.TODO().Value(keyA{}))
	ctx := context.WithValue(context.Background(), "present", 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	v := ctx.Value("absent")
	fmt.Println(v, v == nil)
	s, ok := ctx.Value("absent").(string)
	fmt.Printf("%q %v\n", s, ok)

	withNil := context.WithValue(ctx, keyA{}, nil)
	fmt.Println(withNil.Value(keyA{}), withNil.Value("present"))
	fmt.Println(withNil.Value(1), withNil.Value(nil))
}

// Output:
// <nil> <nil>
// <nil> true
// "" false
// <nil> 1
// <nil> <nil>
