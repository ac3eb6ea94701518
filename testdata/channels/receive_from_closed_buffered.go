package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(len(c))
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Println(<-c)
	s := make(chan string)
	close(s)
	x, ok := <-s
	fmt.Printf("%q %v\n", x, ok)
	p := make(chan *int)
	close(p)
	fmt.Println(<-p == nil)
}

// Output:
// 2
// 1 true
// 2 true
// 0 false
// 0
// "" false
// true
