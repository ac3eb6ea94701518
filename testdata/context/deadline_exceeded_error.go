package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type timeout interface {
	Timeout() bool
}

type temporary interface {
	Temporary() bool
}

// DeadlineExceeded compares with ==, through errors.Is (also wrapped), and
// answers Timeout() and Temporary() with true, as net.Error expects.
func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	err := ctx.Err()
	fmt.Println(err)
	fmt.Println(err == context.DeadlineExceeded, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(errors.Is(err, context.Canceled))
	wrapped := fmt.Errorf("fetch: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded))
	t, ok := err.(timeout)
	fmt.Println(ok, t.Timeout())
	tmp, ok := err.(temporary)
	fmt.Println(ok, tmp.Temporary())
	var te timeout
	fmt.Println(errors.As(wrapped, &te), te.Timeout())
	fmt.Printf("%v|%s|%q\n", err, err, err)
}

// Output:
// context deadline exceeded
// true true
// false
// fetch: context deadline exceeded true
// true true
// true true
// true true
// context deadline exceeded|context deadline exceeded|"context deadline exceeded"
