package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan int)
	n := runtime.NumGoroutine()
	t := time.AfterFunc(10*time.Millisecond, func() {
		done <- runtime.NumGoroutine()
	})
	fmt.Println("goroutines before firing:", n, runtime.NumGoroutine())
	fmt.Println("goroutines while f runs:", <-done)
	fmt.Println("C is nil:", t.C == nil)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after:", runtime.NumGoroutine())
}

// Output:
// goroutines before firing: 1 1
// goroutines while f runs: 2
// C is nil: true
// after: 1
