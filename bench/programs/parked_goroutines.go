// One million goroutines parked at once, each blocked receiving on one
// channel: the memory a goroutine costs. Each marks itself started on a
// WaitGroup and parks; once all have started main counts them
// (runtime.NumGoroutine), closes the channel, and waits for all to end.
// The peak RSS is the figure of interest; Go only (Lua has no goroutines).
// bench: issue=5
// bench: runs=3
// bench: target rss gosub/go < 1.0
// bench: target rss gosub < 1GiB
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 1000000
	ch := make(chan int)
	var started, done sync.WaitGroup
	started.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			_, ok := <-ch
			if ok {
				panic("a value on a channel nobody sends on")
			}
			done.Done()
		}()
	}
	started.Wait()
	parked := runtime.NumGoroutine() - 1
	close(ch)
	done.Wait()
	fmt.Println(parked, "goroutines parked, all woken by close")
}
