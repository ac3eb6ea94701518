package main

import (
	"context"
	"errors"
	"fmt"
)

// Err is nil until cancel, then Canceled; canceling twice is harmless and
// Done keeps returning the same channel.
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	d1 := ctx.Done()
	fmt.Println(ctx.Err() == nil, ctx.Err())
	cancel()
	fmt.Println(ctx.Err())
	fmt.Println(ctx.Err() == context.Canceled, errors.Is(ctx.Err(), context.Canceled))
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded))
	cancel()
	cancel()
	fmt.Println(ctx.Err())
	fmt.Println(d1 == ctx.Done())

	// Canceled before Done was ever asked for.
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	_, open := <-ctx2.Done()
	fmt.Println(ctx2.Err(), open)
	fmt.Println(context.Canceled.Error())
}

// Output:
// true <nil>
// context canceled
// true true
// false
// context canceled
// true
// context canceled false
// context canceled
