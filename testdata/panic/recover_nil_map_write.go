package main

import (
	"fmt"
	"runtime"
)

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = p.(error)
			_, isRT := p.(runtime.Error)
			fmt.Printf("recovered %T runtime.Error=%v\n", p, isRT)
		}
	}()
	r.items[k]++
	return nil
}

func main() {
	var reg Registry
	fmt.Println("read from nil map:", reg.items["x"])
	fmt.Println("delete from nil map is fine")
	delete(reg.items, "x")
	fmt.Println("add:", reg.Add("x"))
	reg.items = map[string]int{}
	fmt.Println("add after init:", reg.Add("x"), reg.items)
}

// Output:
// read from nil map: 0
// delete from nil map is fine
// recovered runtime.plainError runtime.Error=true
// add: assignment to entry in nil map
// add after init: <nil> map[x:1]
