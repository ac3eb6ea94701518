package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu sync.RWMutex
	m  map[int]int
}

func (s *Store) Get(k int) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *Store) Set(k, v int) {
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{m: map[int]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.Set(i, i*i)
		}(i)
	}
	wg.Wait()
	sums := make(chan int, 10)
	for r := 0; r < 10; r++ {
		go func() {
			t := 0
			for k := 0; k < 50; k++ {
				v, _ := s.Get(k)
				t += v
			}
			sums <- t
		}()
	}
	total := 0
	for r := 0; r < 10; r++ {
		total += <-sums
	}
	fmt.Println(total)
	s.mu.RLock()
	s.mu.RLock()
	fmt.Println("two readers")
	s.mu.RUnlock()
	s.mu.RUnlock()
	_, ok := s.Get(100)
	fmt.Println(ok)
}

// Output:
// 404250
// two readers
// false
