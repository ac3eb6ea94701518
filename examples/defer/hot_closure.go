// hot_closure.go: a hot function with a capturing deferred closure.
// weigh starts a meter and stops it with `defer func() { ... }()`; the
// closure reads m and n from weigh's frame, so every one of the 3M calls
// makes a new closure capturing them before it can defer it. Compare with
// hot_merged.go: the same work and output with the deferred work merged
// into a method, `defer m.stop(n)`, which captures nothing.
package main

import "fmt"

const calls = 3000000

// Meter counts calls and the units they weighed; busy is set while a call
// is running, so a missed stop would show.
type Meter struct {
	busy  bool
	calls int
	units int
}

func (m *Meter) start() {
	if m.busy {
		panic("meter already running")
	}
	m.busy = true
}

func weigh(m *Meter, items []int, n int) int {
	m.start()
	defer func() {
		m.busy = false
		m.calls++
		m.units += n
	}()
	w := 0
	for i := 0; i < n; i++ {
		w += items[i]
	}
	return w
}

func main() {
	items := []int{3, 1, 4, 1, 5, 9, 2, 6}
	var m Meter
	total := 0
	for i := 0; i < calls; i++ {
		total += weigh(&m, items, i%len(items)+1)
	}
	fmt.Println("total:", total)
	fmt.Println("calls:", m.calls, "units:", m.units, "busy:", m.busy)
}
