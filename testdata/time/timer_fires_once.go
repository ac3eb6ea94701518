package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	start := time.Now()
	v := <-t.C
	fmt.Println("fired", time.Since(start) >= 20*time.Millisecond, !v.Before(start))
	// Once fired, Stop reports false and nothing else arrives.
	fmt.Println("stop after fire:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("second value")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no second value")
	}
}

// Output:
// fired true true
// stop after fire: false
// no second value
