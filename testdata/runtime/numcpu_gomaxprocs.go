package main

import (
	"fmt"
	"runtime"
)

func main() {
	n := runtime.NumCPU()
	fmt.Println(n >= 1, runtime.GOMAXPROCS(0) == n)
	prev := runtime.GOMAXPROCS(3)
	fmt.Println(prev == n, runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(-1))
	runtime.GOMAXPROCS(1)
	fmt.Println(runtime.GOMAXPROCS(0))
	x := new(int)
	runtime.KeepAlive(x)
}

// Output:
// true true
// true 3 3
// 1
