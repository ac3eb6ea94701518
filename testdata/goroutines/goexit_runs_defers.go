package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan string, 3)
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer func() { c <- "deferred 1" }()
		func() {
			defer func() { c <- "inner defer" }()
			runtime.Goexit()
		}()
		c <- "not reached"
	}()
	<-done
	close(c)
	for s := range c {
		fmt.Println(s)
	}
}

// Output:
// inner defer
// deferred 1
