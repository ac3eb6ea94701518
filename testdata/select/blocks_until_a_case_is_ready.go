package main

import "fmt"

func main() {
	data := make(chan string)
	quit := make(chan bool)
	go func() {
		data <- "one"
		data <- "two"
		quit <- true
	}()
	for {
		select {
		case s := <-data:
			fmt.Println("data", s)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

// Output:
// data one
// data two
// quit
