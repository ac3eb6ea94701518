package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		runtime.Goexit()
	}()
	runtime.Gosched()
	fmt.Println("ok")
}

// Output:
// ok
