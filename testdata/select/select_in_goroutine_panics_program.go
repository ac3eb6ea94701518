package main

import "fmt"

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		select {
		case v := <-c:
			panic(fmt.Sprintf("got %d", v))
		case <-done:
		}
	}()
	c <- 42
	<-done
}

// Stderr:
// panic: got 42
//
// goroutine 18 [running]:
//
// Exit: 2
