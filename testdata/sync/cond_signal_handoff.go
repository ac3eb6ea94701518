package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	queue := []int{}
	done := make(chan int)
	go func() {
		sum := 0
		for n := 0; n < 5; n++ {
			mu.Lock()
			for len(queue) == 0 {
				c.Wait()
			}
			sum += queue[0]
			queue = queue[1:]
			mu.Unlock()
		}
		done <- sum
	}()
	for i := 1; i <= 5; i++ {
		mu.Lock()
		queue = append(queue, i*i)
		c.Signal()
		mu.Unlock()
	}
	fmt.Println(<-done)
}

// Output:
// 55
