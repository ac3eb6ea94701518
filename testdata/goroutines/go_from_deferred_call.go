package main

import "fmt"

var c = make(chan string, 1)

func f() {
	defer func() {
		go func() {
			c <- "started from defer"
		}()
	}()
	fmt.Println("f body")
}

func main() {
	f()
	fmt.Println(<-c)
}

// Output:
// f body
// started from defer
