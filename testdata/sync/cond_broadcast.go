package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	results := make(chan string, 5)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			results <- fmt.Sprint("woke ", i)
		}(i)
	}
	for {
		mu.Lock()
		if waiting == 5 {
			ready = true
			cond.Broadcast()
			mu.Unlock()
			break
		}
		mu.Unlock()
	}
	wg.Wait()
	close(results)
	var got []string
	for s := range results {
		got = append(got, s)
	}
	sort.Strings(got)
	for _, s := range got {
		fmt.Println(s)
	}
}

// Output:
// woke 0
// woke 1
// woke 2
// woke 3
// woke 4
