package main

import (
	"fmt"
	"time"
)

// A worker reporting progress on a ticker until a deadline timer fires.
func main() {
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	deadline := time.NewTimer(105 * time.Millisecond)
	ticks := 0
	for {
		select {
		case <-tick.C:
			ticks++
		case <-deadline.C:
			fmt.Println("deadline; ticks in range:", ticks >= 3 && ticks <= 11)
			return
		}
	}
}

// Output:
// deadline; ticks in range: true
