package main

import "fmt"

func safe(c chan<- string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			c <- fmt.Sprint("recovered: ", r)
			return
		}
		c <- "ok"
	}()
	f()
}

func main() {
	c := make(chan string)
	go safe(c, func() { panic("boom") })
	fmt.Println(<-c)
	go safe(c, func() {
		var a []int
		_ = a[3]
	})
	fmt.Println(<-c)
	go safe(c, func() {})
	fmt.Println(<-c)
}

// Output:
// recovered: boom
// recovered: runtime error: index out of range [3] with length 0
// ok
