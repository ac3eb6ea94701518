package main

import "fmt"

func show(c chan string, x int, s string) {
	c <- fmt.Sprint(x, " ", s)
}

func main() {
	c := make(chan string)
	x, s := 1, "before"
	go show(c, x, s)
	x, s = 2, "after"
	fmt.Println(<-c)
	fmt.Println(x, s)
}

// Output:
// 1 before
// 2 after
