package main

import "fmt"

var counter int

func inc() { counter++ }

func many() {
	for i := 0; i < 100000; i++ {
		defer inc()
	}
	fmt.Println("registered; counter still", counter)
}

func manyClosures() (order bool) {
	next := 0
	order = true
	for i := 0; i < 100000; i++ {
		want := 99999 - i
		defer func() {
			if next != want {
				order = false
			}
			next++
		}()
	}
	return
}

func main() {
	many()
	fmt.Println("counter after return:", counter)
	fmt.Println("closures ran in LIFO order:", manyClosures())
}

// Output:
// registered; counter still 0
// counter after return: 100000
// closures ran in LIFO order: true
