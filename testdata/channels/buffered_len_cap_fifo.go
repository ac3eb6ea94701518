package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	c <- "c"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c, len(c))
	c <- "d"
	for i := 0; i < 3; i++ {
		fmt.Println(<-c)
	}
	fmt.Println(len(c), cap(c))
	var u chan int
	fmt.Println(len(u), cap(u))
	fmt.Println(cap(make(chan int)))
}

// Output:
// 0 3
// 2 3
// 3 3
// a 2
// b
// c
// d
// 0 3
// 0 0
// 0
