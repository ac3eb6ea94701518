package main

import (
	"context"
	"fmt"
	"time"
)

// A deadline that has already passed cancels at once with
// DeadlineExceeded; so does a zero or negative timeout. Children made
// afterwards are canceled from the start.
func main() {
	past := time.Now().Add(-time.Second)
	ctx, cancel := context.WithDeadline(context.Background(), past)
	fmt.Println(ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done at once")
	default:
		fmt.Println("not done")
	}
	dl, ok := ctx.Deadline()
	fmt.Println(ok, dl.Equal(past))
	cancel()
	fmt.Println(ctx.Err())

	zero, cancelZero := context.WithTimeout(context.Background(), 0)
	defer cancelZero()
	neg, cancelNeg := context.WithTimeout(context.Background(), -5*time.Minute)
	defer cancelNeg()
	fmt.Println(zero.Err(), neg.Err())

	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println("child:", child.Err())
}

// Output:
// context deadline exceeded
// done at once
// true true
// context deadline exceeded
// context deadline exceeded context deadline exceeded
// child: context deadline exceeded
