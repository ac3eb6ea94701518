package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, n := range []int{5, 2, 4, 1, 3} {
		n := n
		wg.Add(1)
		time.AfterFunc(time.Duration(n)*25*time.Millisecond, func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, n)
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(order)
}

// Output:
// [1 2 3 4 5]
