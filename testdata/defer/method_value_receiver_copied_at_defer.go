package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() { fmt.Println("value receiver:", c.name, c.n) }

func main() {
	c := Counter{"c", 1}
	defer c.Show()
	m := c.Show
	defer m()
	c.n = 2
	c.name = "changed"
	defer c.Show()
	c.n = 3
	fmt.Println("main end:", c.name, c.n)
}

// Output:
// main end: changed 3
// value receiver: changed 2
// value receiver: c 1
// value receiver: c 1
