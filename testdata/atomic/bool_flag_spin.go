package main

import (
	"fmt"
	"sync/atomic"
)

// A goroutine spins on an atomic.Bool without blocking; the loop's
// back-edge lets the setter run.
func main() {
	var ready atomic.Bool
	var data int64
	done := make(chan int)
	go func() {
		spins := 0
		for !ready.Load() {
			spins++
		}
		done <- int(atomic.LoadInt64(&data))
	}()
	go func() {
		atomic.StoreInt64(&data, 99)
		ready.Store(true)
	}()
	fmt.Println(<-done)

	// Only the first CompareAndSwap(false, true) wins.
	var claimed atomic.Bool
	winners := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func() {
			if claimed.CompareAndSwap(false, true) {
				winners <- 1
			} else {
				winners <- 0
			}
		}()
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-winners
	}
	fmt.Println("winners:", sum)
}

// Output:
// 99
// winners: 1
