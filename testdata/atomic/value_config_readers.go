package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type config struct {
	version int
	limits  []int
}

// Readers always see a whole config: the writer builds a new one and
// publishes it with a single Store.
func main() {
	var current atomic.Value
	current.Store(&config{version: 0, limits: []int{0, 0}})
	var bad atomic.Int32
	var wg sync.WaitGroup
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c := current.Load().(*config)
				if c.limits[0] != c.version || c.limits[1] != 2*c.version {
					bad.Add(1)
				}
				runtime.Gosched()
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := 1; v <= 50; v++ {
			current.Store(&config{version: v, limits: []int{v, 2 * v}})
			runtime.Gosched()
		}
	}()
	wg.Wait()
	fmt.Println(current.Load().(*config).version, bad.Load())
}

// Output:
// 50 0
