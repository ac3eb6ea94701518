package main

import "fmt"

// With several cases ready, select picks one uniformly at random.
func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 3000; i++ {
		a <- 1
		b <- 2
		c <- 3
		select {
		case <-a:
			counts["a"]++
			<-b
			<-c
		case <-b:
			counts["b"]++
			<-a
			<-c
		case <-c:
			counts["c"]++
			<-a
			<-b
		}
	}
	for _, k := range []string{"a", "b", "c"} {
		fmt.Println(k, counts[k] > 700, counts[k] < 1300)
	}
}

// Output:
// a true true
// b true true
// c true true
