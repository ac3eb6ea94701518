package main

import "fmt"

type stats struct {
	ok, failed int
	errs       []string
}

func (s *stats) run(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			s.failed++
			s.errs = append(s.errs, fmt.Sprintf("%s: %v", name, r))
			return
		}
		s.ok++
	}()
	f()
}

func main() {
	var s stats
	s.run("a", func() {})
	s.run("b", func() { panic("b broke") })
	s.run("c", func() { var m map[int]int; m[1]++ })
	s.run("d", func() { fmt.Println("d runs") })
	fmt.Println(s.ok, s.failed)
	for _, e := range s.errs {
		fmt.Println(e)
	}
}

// Output:
// d runs
// 2 2
// b: b broke
// c: assignment to entry in nil map
