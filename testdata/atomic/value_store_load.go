package main

import (
	"errors"
	"fmt"
	"sync/atomic"
)

type config struct {
	name    string
	retries int
}

func main() {
	var v atomic.Value
	// Load of a Value never stored returns nil.
	fmt.Println(v.Load() == nil, v.Load())

	v.Store(config{"a", 1})
	c := v.Load().(config)
	fmt.Println(c.name, c.retries)

	v.Store(config{"b", 2})
	fmt.Printf("%+v\n", v.Load())

	// A map published through a Value; readers see whole maps.
	var m atomic.Value
	m.Store(map[string]int{"x": 1})
	next := map[string]int{}
	for k, val := range m.Load().(map[string]int) {
		next[k] = val
	}
	next["y"] = 2
	m.Store(next)
	fmt.Println(m.Load())

	// Pointers and interface-typed values keep their dynamic type.
	var p atomic.Value
	p.Store(&config{"p", 3})
	fmt.Println(p.Load().(*config).name)
	var e atomic.Value
	e.Store(errors.New("first"))
	fmt.Println(e.Load())
	e.Store(errors.New("second"))
	fmt.Println(e.Load().(error).Error())
}

// Output:
// true <nil>
// a 1
// {name:b retries:2}
// map[x:1 y:2]
// p
// first
// second
