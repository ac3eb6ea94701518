package main

import (
	"fmt"
	"runtime"
	"time"
)

// Pending timers keep their channels and functions alive through
// collections, even when the program holds no reference to them.
func main() {
	results := make(chan string, 10)
	for i := 0; i < 5; i++ {
		msg := fmt.Sprint("func ", i)
		time.AfterFunc(time.Duration(20+i*40)*time.Millisecond, func() { results <- msg })
	}
	c := time.After(250 * time.Millisecond)
	for i := 0; i < 20; i++ {
		runtime.GC()
		_ = make([]byte, 1<<16)
	}
	for i := 0; i < 5; i++ {
		fmt.Println(<-results)
	}
	<-c
	fmt.Println("after fired")
}

// Output:
// func 0
// func 1
// func 2
// func 3
// func 4
// after fired
