package main

import (
	"context"
	"fmt"
	"time"
)

func wait(ctx context.Context, d time.Duration) string {
	select {
	case <-ctx.Done():
		return "ctx: " + ctx.Err().Error()
	case <-time.After(d):
		return "slept " + d.String()
	}
}

// A select between ctx.Done() and time.After picks whichever comes first.
func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	fmt.Println(wait(ctx, 20*time.Millisecond))
	fmt.Println(wait(ctx, 2*time.Second))

	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(20 * time.Millisecond)
		cancel2()
	}()
	fmt.Println(wait(ctx2, 300*time.Millisecond))
	fmt.Println(wait(ctx2, time.Millisecond))
}

// Output:
// slept 20ms
// ctx: context deadline exceeded
// ctx: context canceled
// ctx: context canceled
