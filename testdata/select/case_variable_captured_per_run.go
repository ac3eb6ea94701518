package main

import "fmt"

func main() {
	c := make(chan int, 5)
	stop := make(chan bool)
	for i := 1; i <= 5; i++ {
		c <- i * i
	}
	var fs []func() int
	for len(fs) < 5 {
		select {
		case v := <-c:
			fs = append(fs, func() int { return v })
		case <-stop:
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

// Output:
// 1 4 9 16 25 
