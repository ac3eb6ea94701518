// Defer, the common case: a method locks a mutex-like struct, releases it
// with an unconditional `defer c.mu.Unlock()` and does a little work; called
// 5M times. defer_mutex_direct is the same program with the defer replaced
// by a direct Unlock call, so the second target is the cost of the defer.
// bench: issue=4
// bench: runs=5
// bench: target time gosub/lua < 1.0
// bench: target time gosub/defer_mutex_direct:gosub < 1.3
package main

import "fmt"

// Mutex stands in for sync.Mutex (no goroutines here): it checks that
// Lock and Unlock alternate.
type Mutex struct {
	locked bool
	locks  int
}

func (m *Mutex) Lock() {
	if m.locked {
		panic("Lock of a locked Mutex")
	}
	m.locked = true
	m.locks++
}

func (m *Mutex) Unlock() {
	if !m.locked {
		panic("Unlock of an unlocked Mutex")
	}
	m.locked = false
}

type Counter struct {
	mu    Mutex
	total int
}

func (c *Counter) Add(x int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total += x & 255
	return c.total
}

func main() {
	var c Counter
	sum := 0
	for i := 0; i < 5000000; i++ {
		sum ^= c.Add(i * 7)
	}
	fmt.Println(c.total, c.mu.locks, c.mu.locked, sum)
}
