package main

import "fmt"

func main() {
	c := make(chan int, 1)
	first, second := 0, 0
	for i := 0; i < 2000; i++ {
		c <- i
		select {
		case <-c:
			first++
		case <-c:
			second++
		}
	}
	fmt.Println(first > 500, second > 500, first+second)
}

// Output:
// true true 2000
