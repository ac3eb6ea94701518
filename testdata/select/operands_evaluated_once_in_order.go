package main

import "fmt"

var chans = []chan int{make(chan int, 1), make(chan int, 1), make(chan int, 1)}

func ch(i int) chan int {
	fmt.Println("channel", i)
	return chans[i]
}

func val(v int) int {
	fmt.Println("value", v)
	return v
}

func main() {
	chans[2] <- 30
	var got int
	// Every channel operand and send value is evaluated, in source order,
	// even for cases not taken; receive targets only for the chosen case.
	select {
	case ch(0) <- val(10):
		fmt.Println("sent 10")
	case got = <-ch(1):
		fmt.Println("got from 1")
	case chans[val(2)] <- val(20):
		fmt.Println("sent 20")
	}
	fmt.Println(got, len(chans[0]), len(chans[2]))
}

// Output:
// channel 0
// value 10
// channel 1
// value 2
// value 20
// sent 10
// 0 1 1
