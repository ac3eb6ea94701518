package main

import (
	"fmt"
	"sort"
	"sync"
)

// 50 workers select on a shared job channel and a shared quit channel;
// closing quit wakes every waiter.
func main() {
	jobs := make(chan int)
	quit := make(chan struct{})
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 0; w < 50; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for {
				select {
				case j := <-jobs:
					results <- j * 2
				case <-quit:
					return
				}
			}
		}(w)
	}
	for i := 0; i < 100; i++ {
		jobs <- i
	}
	close(quit)
	wg.Wait()
	close(results)
	var all []int
	for r := range results {
		all = append(all, r)
	}
	sort.Ints(all)
	fmt.Println(len(all), all[0], all[99])
}

// Output:
// 100 0 198
