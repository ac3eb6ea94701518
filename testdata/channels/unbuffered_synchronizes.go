package main

import "fmt"

func main() {
	c := make(chan int)
	log := make(chan string, 10)
	go func() {
		log <- "worker sending"
		c <- 42
		log <- "worker sent"
		close(log)
	}()
	v := <-c
	for s := range log {
		fmt.Println(s)
	}
	fmt.Println("got", v)
}

// Output:
// worker sending
// worker sent
// got 42
