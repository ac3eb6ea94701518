package main

import (
	"fmt"
	"time"
)

// A ticker's channel holds one tick: a slow receiver gets far fewer ticks
// than intervals elapsed.
func main() {
	c := time.Tick(5 * time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	n := 0
	for {
		select {
		case <-c:
			n++
			continue
		default:
		}
		break
	}
	fmt.Println("buffered ticks:", n)
}

// Output:
// buffered ticks: 1
