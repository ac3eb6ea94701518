package main

import "fmt"

type Counter struct {
	Name string
	N    int
}

func bump(c *Counter, by int) {
	c.N += by
}

func reset(c *Counter) {
	*c = Counter{Name: c.Name}
}

func main() {
	c := &Counter{Name: "hits"}
	d := c
	bump(c, 2)
	bump(d, 3)
	fmt.Println(c.N, d.N, c == d)
	e := &Counter{Name: "hits"}
	fmt.Println(c == e, *c == *e)
	reset(d)
	fmt.Println(*c)
	all := []*Counter{c, e, {Name: "third", N: 9}}
	for _, x := range all {
		bump(x, 1)
	}
	fmt.Println(c.N, e.N, all[2].N)
}

// Output:
// 5 5 true
// false false
// {hits 0}
// 1 1 10
