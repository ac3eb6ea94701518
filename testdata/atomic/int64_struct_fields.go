package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	name     string
	requests atomic.Int64
	errors   atomic.Uint32
	closed   atomic.Bool
	last     atomic.Value
}

func (s *stats) record(id int) {
	s.requests.Add(1)
	if id%10 == 0 {
		s.errors.Add(1)
	}
	s.last.Store(id)
}

func main() {
	s := &stats{name: "api"}
	byShard := make([]atomic.Int32, 4)
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			s.record(id)
			byShard[id%4].Add(1)
		}(i)
	}
	wg.Wait()
	s.closed.Store(true)
	fmt.Println(s.name, s.requests.Load(), s.errors.Load(), s.closed.Load())
	_, isInt := s.last.Load().(int)
	fmt.Println(isInt)
	for i := range byShard {
		fmt.Print(byShard[i].Load(), " ")
	}
	fmt.Println()

	// A map of pointers to counters.
	counters := map[string]*atomic.Uint64{"a": {}, "b": {}}
	for _, k := range []string{"a", "b", "a", "a"} {
		counters[k].Add(1)
	}
	fmt.Println(counters["a"].Load(), counters["b"].Load())
}

// Output:
// api 100 10 true
// true
// 25 25 25 25 
// 3 1
