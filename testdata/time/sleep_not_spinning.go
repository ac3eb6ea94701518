package main

import (
	"fmt"
	"time"
)

// Busy work in one goroutine and a sleeping one: the sleeper wakes on time
// even though the other never blocks (the back-edges check the timers).
func main() {
	done := false
	woke := make(chan time.Duration, 1)
	start := time.Now()
	go func() {
		time.Sleep(30 * time.Millisecond)
		woke <- time.Since(start)
		done = true
	}()
	n := 0
	for !done {
		n++
	}
	d := <-woke
	fmt.Println(n > 0, d >= 30*time.Millisecond, d < 2*time.Second)
}

// Output:
// true true true
