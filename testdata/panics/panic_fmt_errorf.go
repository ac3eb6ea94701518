package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Errorf("n too big: %d", n))
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}

// Output:
// ok 0
// ok 1
// ok 2
//
// Stderr:
// panic: n too big: 3
//
// goroutine 1 [running]:
//
// Exit: 2
