package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 50*time.Millisecond, el < 2*time.Second)
	// Zero and negative sleeps return at once.
	start = time.Now()
	time.Sleep(0)
	time.Sleep(-time.Hour)
	fmt.Println(time.Since(start) < time.Second)
	deadline := time.Now().Add(30 * time.Millisecond)
	fmt.Println(time.Until(deadline) > 0)
	time.Sleep(time.Until(deadline))
	fmt.Println(time.Until(deadline) <= 0, !time.Now().Before(deadline))
}

// Output:
// true true
// true
// true
// true true
