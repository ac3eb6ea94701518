package main

import "fmt"

type Stack struct {
	items []string
	depth int
}

func (s *Stack) Enter(name string) {
	s.depth++
	s.items = append(s.items, name)
	defer func() {
		s.depth--
		s.items = s.items[:len(s.items)-1]
	}()
	fmt.Println("in", name, "depth", s.depth, s.items)
	if name == "a" {
		s.Enter("b")
	}
}

type Acc struct{ total int }

func (a Acc) Total() (t int) {
	defer func() { t = a.total * 10 }()
	a.total++ // value receiver: local copy
	return a.total
}

func main() {
	st := &Stack{}
	st.Enter("a")
	fmt.Println("after", st.depth, len(st.items))
	acc := Acc{4}
	fmt.Println(acc.Total(), acc.total)
}

// Output:
// in a depth 1 [a]
// in b depth 2 [a b]
// after 0 0
// 50 4
