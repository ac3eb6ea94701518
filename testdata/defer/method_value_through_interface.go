package main

import "fmt"

type Shower interface{ Show() }

type Val struct{ n int }

func (v Val) Show() { fmt.Println("Val.Show", v.n) }

type Ptr struct{ n int }

func (p *Ptr) Show() { fmt.Println("Ptr.Show", p.n) }

func main() {
	v := Val{1}
	var s Shower = v // copies v into the interface
	defer s.Show()
	p := &Ptr{1}
	s = p
	defer s.Show()
	f := s.Show // method value bound to the dynamic value now
	s = Val{50}
	defer f()
	defer s.Show()
	v.n = 2
	p.n = 2
	fmt.Println("main end")
}

// Output:
// main end
// Val.Show 50
// Ptr.Show 2
// Ptr.Show 2
// Val.Show 1
