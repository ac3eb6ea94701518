package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup, mu *sync.Mutex, report *[]string, working chan<- int) {
	defer wg.Done()
	ticks := 0
	for {
		select {
		case <-ctx.Done():
			mu.Lock()
			*report = append(*report, fmt.Sprintf("worker %d stopped: %v (worked: %v)", id, ctx.Err(), ticks > 0))
			mu.Unlock()
			return
		case <-time.After(2 * time.Millisecond):
			ticks++
			if ticks == 1 {
				working <- id
			}
		}
	}
}

// Workers loop until their shared context is canceled (once all have
// started working); a WaitGroup waits for all of them to notice.
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	var report []string
	working := make(chan int)
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg, &mu, &report, working)
	}
	for i := 1; i <= 4; i++ {
		<-working
	}
	time.Sleep(10 * time.Millisecond)
	cancel()
	wg.Wait()
	sort.Strings(report)
	for _, line := range report {
		fmt.Println(line)
	}
	fmt.Println("all stopped:", len(report))
}

// Output:
// worker 1 stopped: context canceled (worked: true)
// worker 2 stopped: context canceled (worked: true)
// worker 3 stopped: context canceled (worked: true)
// worker 4 stopped: context canceled (worked: true)
// all stopped: 4
