package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			c <- i * i
		}
		close(c)
	}()
	n := 0
	for v := range c {
		fmt.Println(v)
		n++
	}
	fmt.Println("count", n)
	b := make(chan string, 2)
	b <- "x"
	b <- "y"
	close(b)
	for s := range b {
		fmt.Println(s)
	}
	for range b {
		fmt.Println("unreachable")
	}
	fmt.Println("done")
}

// Output:
// 0
// 1
// 4
// 9
// 16
// count 5
// x
// y
// done
