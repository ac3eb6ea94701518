package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Tick(0) == nil, time.Tick(-1) == nil)
	time.NewTicker(0)
}

// Output:
// true true
//
// Stderr:
// panic: non-positive interval for NewTicker
//
// goroutine 1 [running]:
//
// Exit: 2
