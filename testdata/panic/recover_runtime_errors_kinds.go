package main

import (
	"fmt"
	"runtime"
)

type T struct{ v int }

func check(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Printf("%s:\n  runtime.Error=%v\n  %%T=%T\n  Error()=%s\n", name, ok, r, r.(error).Error())
		if ok {
			fmt.Println("  same message:", re.Error() == fmt.Sprint(r))
		}
	}()
	f()
}

func main() {
	idx := 5
	zero := 0
	check("index", func() {
		s := []int{1, 2, 3}
		_ = s[idx]
	})
	check("nil map write", func() {
		var m map[string]bool
		m["x"] = true
	})
	check("divide by zero", func() {
		fmt.Println(10 / zero)
	})
	check("nil pointer", func() {
		var p *T
		fmt.Println(p.v)
	})
	check("type assertion", func() {
		var i interface{} = "str"
		fmt.Println(i.(int))
	})
	check("slice bounds", func() {
		s := []int{1, 2, 3}
		fmt.Println(s[1:idx])
	})
}

// Output:
// index:
//   runtime.Error=true
//   %T=runtime.boundsError
//   Error()=runtime error: index out of range [5] with length 3
//   same message: true
// nil map write:
//   runtime.Error=true
//   %T=runtime.plainError
//   Error()=assignment to entry in nil map
//   same message: true
// divide by zero:
//   runtime.Error=true
//   %T=runtime.errorString
//   Error()=runtime error: integer divide by zero
//   same message: true
// nil pointer:
//   runtime.Error=true
//   %T=runtime.errorString
//   Error()=runtime error: invalid memory address or nil pointer dereference
//   same message: true
// type assertion:
//   runtime.Error=true
//   %T=*runtime.TypeAssertionError
//   Error()=interface conversion: interface {} is string, not int
//   same message: true
// slice bounds:
//   runtime.Error=true
//   %T=runtime.boundsError
//   Error()=runtime error: slice bounds out of range [:5] with capacity 3
//   same message: true
