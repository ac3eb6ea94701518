package main

import "fmt"

type Logger interface{ Log(string) }

type prefixLogger struct {
	prefix string
	lines  []string
}

func (p *prefixLogger) Log(s string) { p.lines = append(p.lines, p.prefix+s) }

type Service struct {
	Logger
	name string
}

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Set(n int) { t.n = n }

func main() {
	pl := &prefixLogger{prefix: "> "}
	s := Service{pl, "svc"}
	s.Log("start")
	s.Logger.Log("direct")
	fmt.Println(pl.lines)
	var s2 Service
	fmt.Println(s2.Logger == nil)
	t := T{1}
	get := t.Get
	set := t.Set
	t.n = 2
	set(5)
	fmt.Println(get(), t.n)
	var i interface{ Get() int } = t
	t.n = 9
	fmt.Println(i.Get())
	pt := &t
	g2 := pt.Get
	pt.n = 11
	fmt.Println(g2())
	s2.Log("boom")
}

// Output:
// [> start > direct]
// true
// 1 5
// 5
// 9
//
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4813f8]
//
// goroutine 1 [running]:
//
// Exit: 2
