package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var i atomic.Int32
	i.Store(5)
	fmt.Printf("%v %+v %#v %T\n", i, i, i, i)
	var j atomic.Int64
	j.Store(-2)
	fmt.Printf("%v %+v %T\n", j, j, j)
	var u atomic.Uint64
	fmt.Printf("%v %+v %T\n", u, u, u)
	var b atomic.Bool
	b.Store(true)
	fmt.Printf("%v %+v %T\n", b, b, b)
	var v atomic.Value
	fmt.Printf("%v %+v %T\n", v, v, v)
	v.Store([]string{"a"})
	fmt.Printf("%v %+v\n", v, v)
	fmt.Printf("%v\n", &i)
}

// Output:
// {{} 5} {_:{} v:5} atomic.Int32{_:atomic.noCopy{}, v:5} atomic.Int32
// {{} {} -2} {_:{} _:{} v:-2} atomic.Int64
// {{} {} 0} {_:{} _:{} v:0} atomic.Uint64
// {{} 1} {_:{} v:1} atomic.Bool
// {<nil>} {v:<nil>} atomic.Value
// {[a]} {v:[a]}
// &{{} 5}
