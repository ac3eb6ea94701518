package main

import "fmt"

func worker(xs []int, out chan<- int) {
	out <- xs[len(xs)]
}

func main() {
	out := make(chan int)
	go worker([]int{1, 2, 3}, out)
	fmt.Println(<-out)
}

// Stderr:
// panic: runtime error: index out of range [3] with length 3
//
// goroutine 18 [running]:
//
// Exit: 2
