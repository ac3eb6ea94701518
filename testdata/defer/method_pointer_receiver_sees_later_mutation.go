package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Show(tag string) { fmt.Println(tag, c.n) }

func (c *Counter) Inc() { c.n++ }

func main() {
	c := &Counter{1}
	defer c.Show("pointer receiver at exit:")
	var v Counter
	v.n = 10
	defer v.Show("addressable value, &v taken at defer:")
	defer v.Inc() // runs before the Show above
	c.n = 2
	c = &Counter{100} // c rebound; deferred call keeps the old pointer
	v.n = 20
	fmt.Println("main end", c.n, v.n)
}

// Output:
// main end 100 20
// addressable value, &v taken at defer: 21
// pointer receiver at exit: 2
