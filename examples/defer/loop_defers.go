// loop_defers.go: defers pile up in a loop. processAll opens 10000
// "resources" and defers r.Close() for each, but a deferred call runs when
// the *function* returns, not at the end of the loop iteration: every
// resource stays open (and its 256-byte buffer reachable) until processAll
// returns, and 10000 deferred calls wait in its frame. Compare with
// loop_wrapped.go, which prints the same checksum with at most one
// resource open at a time.
package main

import (
	"fmt"
	"runtime"
)

const n = 10000

// Resource stands in for a file or a connection: Open counts it as open,
// Close as closed, and the program tracks the most open at any one time.
type Resource struct {
	id     int
	buf    []byte
	closed bool
}

var open, peakOpen int

func Open(id int) *Resource {
	open++
	if open > peakOpen {
		peakOpen = open
	}
	return &Resource{id: id, buf: make([]byte, 256)}
}

func (r *Resource) Close() {
	if r.closed {
		panic("Close called twice")
	}
	r.closed = true
	open--
}

// Use writes a little into the buffer and returns a checksum of it.
func (r *Resource) Use() int {
	for i := 0; i < 16; i++ {
		r.buf[(r.id+i*61)%len(r.buf)] = byte(r.id + i)
	}
	return int(r.buf[r.id%len(r.buf)]) + r.id%7
}

func processAll() int {
	sum := 0
	for i := 0; i < n; i++ {
		r := Open(i)
		defer r.Close() // runs when processAll returns, not now
		sum += r.Use()
	}
	return sum
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sum := processAll()
	runtime.ReadMemStats(&after)
	fmt.Println("checksum:", sum)
	fmt.Println("open after processAll:", open)
	fmt.Println("peak open resources:", peakOpen)
	fmt.Println("heap objects allocated (MemStats.Mallocs delta):", after.Mallocs-before.Mallocs)
}
