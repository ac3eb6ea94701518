package main

import (
	"fmt"
	"time"
)

func work(d time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- fmt.Sprint("done in ", d)
	}()
	return c
}

func main() {
	for _, d := range []time.Duration{10 * time.Millisecond, 300 * time.Millisecond} {
		select {
		case r := <-work(d):
			fmt.Println(r)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("timeout waiting for", d)
		}
	}
}

// Output:
// done in 10ms
// timeout waiting for 300ms
