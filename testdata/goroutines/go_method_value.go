package main

import "fmt"

type Acc struct {
	name string
	out  chan string
}

func (a *Acc) Report(n int) {
	a.out <- fmt.Sprintf("%s got %d", a.name, n)
}

func (a Acc) ByValue(c chan string) {
	c <- "value receiver " + a.name
}

func main() {
	a := &Acc{name: "acc", out: make(chan string)}
	go a.Report(7)
	fmt.Println(<-a.out)
	f := a.Report
	go f(8)
	fmt.Println(<-a.out)
	c := make(chan string)
	go (*a).ByValue(c)
	fmt.Println(<-c)
}

// Output:
// acc got 7
// acc got 8
// value receiver acc
