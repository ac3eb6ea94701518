package main

import "fmt"

type pair struct {
	v  int
	ok bool
}

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 3
	close(c)
	var p pair
	m := map[string]int{}
	s := make([]int, 2)
	var x any
	var ok bool
	for i := 0; i < 5; i++ {
		d := make(chan bool)
		switch i {
		case 0:
			select {
			case p.v, p.ok = <-c:
			case <-d:
			}
		case 1:
			select {
			case m["k"], ok = <-c:
			case <-d:
			}
		case 2:
			select {
			case s[1] = <-c:
			case <-d:
			}
		case 3:
			select {
			case x, ok = <-c:
			case <-d:
			}
		case 4:
			select {
			case x = <-c:
			case <-d:
			}
		}
	}
	fmt.Println(p, m, ok, s, x)
}

// Output:
// {1 true} map[k:2] false [0 3] 0
