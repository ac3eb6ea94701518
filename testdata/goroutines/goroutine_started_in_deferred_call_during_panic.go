package main

import "fmt"

func main() {
	res := make(chan string)
	func() {
		defer func() {
			r := recover()
			go func() { res <- fmt.Sprint("from goroutine: ", r) }()
		}()
		panic("first")
	}()
	fmt.Println(<-res)
}

// Output:
// from goroutine: first
