package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if e, ok := r.(error); ok {
			fmt.Println("  is error:", e.Error())
		}
	}()
	f()
}

func main() {
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send closed", func() {
		c := make(chan int, 5)
		close(c)
		c <- 1
	})
	try("ok", func() {
		c := make(chan int)
		close(c)
	})
}

// Output:
// close nil: close of nil channel
//   is error: close of nil channel
// close closed: close of closed channel
//   is error: close of closed channel
// send closed: send on closed channel
//   is error: send on closed channel
// ok: <nil>
