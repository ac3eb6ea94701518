package main

import (
	"context"
	"fmt"
	"time"
)

func state(ctx context.Context) string {
	select {
	case <-ctx.Done():
		return "done"
	default:
		return "open"
	}
}

// Done is nil for Background and TODO, open until cancel, then closed:
// every receive succeeds at once, however many goroutines wait.
func main() {
	fmt.Println(context.Background().Done() == nil, context.TODO().Done() == nil)
	d, ok := context.Background().Deadline()
	fmt.Println(d.IsZero(), ok, context.Background().Err(), context.TODO().Value("x"))

	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(state(ctx))
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-ctx.Done()
			results <- i
		}(i)
	}
	time.Sleep(20 * time.Millisecond)
	cancel()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("woken:", sum)
	fmt.Println(state(ctx))
	_, open := <-ctx.Done()
	fmt.Println("open:", open)
}

// Output:
// true true
// true false <nil> <nil>
// open
// woken: 3
// done
// open: false
