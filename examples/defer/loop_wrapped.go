// loop_wrapped.go: the loop of loop_defers.go with its body wrapped in a
// function literal that is called at once, so each deferred r.Close()
// runs at the end of its own iteration. Same checksum, but at most one
// resource is open at a time and no deferred calls pile up; the closed
// resources are garbage the collector can reclaim while the loop runs.
// The literal takes i as an argument and returns its result instead of
// capturing i and sum, so it needs no variables shared with processAll.
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
		sum += func(id int) int {
			r := Open(id)
			defer r.Close() // runs when this function literal returns
			return r.Use()
		}(i)
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
