// hot_merged.go: hot_closure.go with the deferred closure merged into a
// method. `defer m.stop(n)` evaluates m and n when the defer statement
// runs and keeps them with the deferred call, so no closure is created
// per call. Same work, same output; only the form of the defer differs.
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

// stop is the body of hot_closure.go's deferred closure, with what the
// closure captured passed as the receiver and an argument instead.
func (m *Meter) stop(n int) {
	m.busy = false
	m.calls++
	m.units += n
}

func weigh(m *Meter, items []int, n int) int {
	m.start()
	defer m.stop(n)
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
