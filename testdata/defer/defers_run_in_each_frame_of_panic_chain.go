package main

import "fmt"

func c() {
	defer fmt.Println("c: defer")
	fmt.Println("c: panicking")
	panic(fmt.Sprintf("failure in %s", "c"))
}

func b() {
	defer fmt.Println("b: defer 1")
	defer fmt.Println("b: defer 2")
	c()
	fmt.Println("b: not reached")
}

func a() {
	defer fmt.Println("a: defer")
	b()
}

func main() {
	defer fmt.Println("main: defer")
	a()
}

// Output:
// c: panicking
// c: defer
// b: defer 2
// b: defer 1
// a: defer
// main: defer
//
// Stderr:
// panic: failure in c
//
// goroutine 1 [running]:
//
// Exit: 2
