package main

import (
	"fmt"
	"time"
)

// Sleeps 30ms apart finish in the order of their lengths.
func main() {
	out := make(chan int)
	for _, n := range []int{3, 1, 4, 2, 5} {
		go func(n int) {
			time.Sleep(time.Duration(n) * 30 * time.Millisecond)
			out <- n
		}(n)
	}
	for i := 0; i < 5; i++ {
		fmt.Println(<-out)
	}
}

// Output:
// 1
// 2
// 3
// 4
// 5
