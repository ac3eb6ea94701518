package main

import "fmt"

func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)
	n := 0
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			if v%2 == 0 {
				break // leaves the select only
			}
			n += v
		}
	}
	fmt.Println("odd sum", n)
}

// Output:
// odd sum 25
