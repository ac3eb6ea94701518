// 100k goroutines, each doing `defer wg.Done()` and a mutex-protected add
// to a shared total: goroutine creation and exit, defer in a goroutine,
// sync.Mutex and sync.WaitGroup. Go only: Lua has no goroutines.
// bench: issue=5
// bench: runs=5
// bench: target time gosub/go < 1.0
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu    sync.Mutex
	total int
	adds  int
}

func (c *Counter) add(wg *sync.WaitGroup, x int) {
	defer wg.Done()
	c.mu.Lock()
	c.total += x
	c.adds++
	c.mu.Unlock()
}

func main() {
	const n = 100000
	var wg sync.WaitGroup
	var c Counter
	for i := 0; i < n; i++ {
		wg.Add(1)
		go c.add(&wg, i*7&1023)
	}
	wg.Wait()
	fmt.Println(c.adds, c.total)
}
