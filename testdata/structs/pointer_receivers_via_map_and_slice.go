package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	cs := []Counter{{}, {}}
	cs[0].Inc()
	cs[0].Inc()
	cs[1].Inc()
	fmt.Println(cs)
	arr := [2]Counter{}
	arr[1].Inc()
	fmt.Println(arr)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].n)
	type Wrap struct{ C Counter }
	w := Wrap{}
	w.C.Inc()
	fmt.Println(w)
	f := cs[1].Inc
	f()
	f()
	fmt.Println(cs[1].n)
}

// Output:
// [{2} {1}]
// [{0} {1}]
// 1
// {{1}}
// 3
