package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consume(in <-chan int, done chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	done <- s
}

func main() {
	c := make(chan int, 2)
	done := make(chan int)
	go produce(c, 10)
	go consume(c, done)
	fmt.Println(<-done)
	var r <-chan int = c
	var s chan<- int = c
	fmt.Printf("%T %T %T\n", c, r, s)
}

// Output:
// 45
// chan int <-chan int chan<- int
