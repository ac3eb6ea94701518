// Two goroutines passing an int back and forth over two unbuffered
// channels, 1M round trips (2M handoffs): the cost of a blocking send
// meeting a parked receiver and the switch to it. Go only: Lua has no
// goroutines.
// bench: issue=5
// bench: runs=5
// bench: target time gosub/go < 1.0
package main

import "fmt"

func pong(ping <-chan int, back chan<- int) {
	for v := range ping {
		back <- v + 1
	}
	close(back)
}

func main() {
	const n = 1000000
	ping := make(chan int)
	back := make(chan int)
	go pong(ping, back)
	v, sum := 0, 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-back
		sum += v & 1023
	}
	close(ping)
	_, ok := <-back
	fmt.Println(v, sum, ok)
}
