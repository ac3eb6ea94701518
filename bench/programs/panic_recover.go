// Panics recovered by a deferred closure: try calls check, which panics
// with an int two calls down; the closure deferred in try recovers it,
// counts it and returns the value through try's named result. 2M panics.
// The Lua version uses pcall and error.
// bench: issue=4
// bench: runs=5
// bench: target time gosub/lua < 1.0
package main

import "fmt"

func check(i int) {
	if i >= 0 {
		panic(i & 4095)
	}
}

func validate(i int) int {
	check(i)
	return -1
}

func try(i int) (v int) {
	n := 0
	defer func() {
		if r := recover(); r != nil {
			n++
			v = r.(int) + n
		}
	}()
	return validate(i)
}

func main() {
	sum := 0
	for i := 0; i < 2000000; i++ {
		sum += try(i)
	}
	fmt.Println(sum)
}
