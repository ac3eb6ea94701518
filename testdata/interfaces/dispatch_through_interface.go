package main

import "fmt"

type Animal interface {
	Sound() string
	Legs() int
}

type Dog struct{ name string }
type Bird struct{ name string }
type Snake int

func (d Dog) Sound() string   { return d.name + " says woof" }
func (d Dog) Legs() int        { return 4 }
func (b *Bird) Sound() string  { return b.name + " says tweet" }
func (b *Bird) Legs() int      { return 2 }
func (s Snake) Sound() string  { return "hiss" }
func (s Snake) Legs() int      { return int(s) }

type Counter interface{ Inc() int }
type count struct{ n int }

func (c *count) Inc() int { c.n++; return c.n }

// Embedding: promoted methods satisfy interfaces.
type Loud struct {
	Dog
	volume int
}

func total(as []Animal) int {
	n := 0
	for _, a := range as {
		n += a.Legs()
	}
	return n
}

func main() {
	zoo := []Animal{Dog{"rex"}, &Bird{"tweety"}, Snake(0), Loud{Dog{"max"}, 11}}
	for _, a := range zoo {
		fmt.Println(a.Sound(), a.Legs())
	}
	fmt.Println(total(zoo))
	var c Counter = &count{}
	c.Inc()
	c.Inc()
	fmt.Println(c.Inc(), c.(*count).n)
	// The same call site sees different dynamic types.
	for i := 0; i < 6; i++ {
		fmt.Print(zoo[i%len(zoo)].Legs(), " ")
	}
	fmt.Println()
	var e error
	fmt.Println(e == nil)
}

// Output:
// rex says woof 4
// tweety says tweet 2
// hiss 0
// max says woof 4
// 10
// 3 3
// 4 2 0 4 4 2 
// true
