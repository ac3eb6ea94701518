package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var total int64
	var calls int32
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				atomic.AddInt64(&total, int64(n))
				if j%7 == 0 {
					runtime.Gosched()
				}
			}
			atomic.AddInt32(&calls, 1)
		}(i)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&total), atomic.LoadInt32(&calls))
}

// Output:
// 995000 200
