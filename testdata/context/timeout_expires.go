package main

import (
	"context"
	"fmt"
	"time"
)

// WithTimeout cancels by itself once the time is up, with
// DeadlineExceeded; a later cancel does not change the error.
func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	fmt.Println("err before:", ctx.Err())
	dl, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, dl.After(start))
	<-ctx.Done()
	elapsed := time.Since(start)
	fmt.Println("err after:", ctx.Err())
	fmt.Println("waited at least 30ms:", elapsed >= 30*time.Millisecond)
	fmt.Println("deadline passed:", !time.Now().Before(dl))
	cancel()
	fmt.Println("err after cancel:", ctx.Err())
	fmt.Println(ctx.Err() == context.DeadlineExceeded)
}

// Output:
// err before: <nil>
// has deadline: true true
// err after: context deadline exceeded
// waited at least 30ms: true
// deadline passed: true
// err after cancel: context deadline exceeded
// true
