package main

import (
	"fmt"
	"strings"
)

type Stack struct {
	items []int
}

func NewStack(cap int) *Stack { return &Stack{items: make([]int, 0, cap)} }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack) Len() int { return len(s.items) }
func (s Stack) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, ",") + ">"
}

func main() {
	s := NewStack(2)
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s, s.Len(), *s)
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var vs Stack
	vs.Push(3)
	fmt.Println(vs, vs.Len())
}

// Output:
// [1,4,9,16,25> 5 [1,4,9,16,25>
// 25 16 9 4 1 
// [3> 1
