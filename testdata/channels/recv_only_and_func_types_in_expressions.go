package main

import "fmt"

// A receive-only channel type and a func type are written in parentheses
// where an expression is expected (conversions), and <-chan T is a type
// argument of make; <-chan int(c) is still a receive from a conversion.
func main() {
	c := make(chan int, 3)
	r := (<-chan int)(c)
	c <- 1
	fmt.Println(<-r, len(r), cap(r))
	fmt.Printf("%T %T\n", r, (<-chan string)(nil))

	m := make(<-chan int)
	m2 := make(<-chan bool, 4)
	fmt.Printf("%T %d %T %d\n", m, cap(m), m2, cap(m2))

	c <- 2
	fmt.Println(<-chan int(c))

	var f = (func())(nil)
	fmt.Println(f == nil)
	double := func(x int) int { return 2 * x }
	g := (func(int) int)(double)
	fmt.Println(g(21), (func(int) int)(double)(5))
	fmt.Printf("%T\n", (func(string) error)(nil))
	func() { fmt.Println("literal still called") }()
}

// Output:
// 1 0 3
// <-chan int <-chan string
// <-chan int 0 <-chan bool 4
// 2
// true
// 42 10
// func(string) error
// literal still called
