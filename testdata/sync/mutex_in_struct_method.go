package main

import (
	"fmt"
	"sort"
	"sync"
)

type Registry struct {
	mu    sync.Mutex
	items map[string]int
}

func (r *Registry) Add(k string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items[k]++
}

func main() {
	r := &Registry{items: map[string]int{}}
	var wg sync.WaitGroup
	keys := []string{"a", "b", "c"}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r.Add(keys[i%3])
		}(i)
	}
	wg.Wait()
	var ks []string
	for k := range r.items {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Println(k, r.items[k])
	}
}

// Output:
// a 10
// b 10
// c 10
