// defer_mutex without the defer: the same method unlocks with a direct
// c.mu.Unlock() call at its end (same output). It is the baseline of
// defer_mutex's second target; 5M calls of Lock, a little work, Unlock.
// No .lua: defer_mutex.lua already is this program.
// bench: issue=4
// bench: runs=5
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
	c.total += x & 255
	c.mu.Unlock()
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
