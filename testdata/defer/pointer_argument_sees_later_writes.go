package main

import "fmt"

type Box struct{ v int }

func showInt(p *int) { fmt.Println("*p at exit:", *p) }

func showBox(b *Box) { fmt.Println("b.v at exit:", b.v) }

func main() {
	n := 1
	defer showInt(&n)
	n = 2
	b := &Box{1}
	defer showBox(b)
	b.v = 5
	b = &Box{999} // rebinding b does not change the pointer already evaluated
	n = 3
	fmt.Println("main done", n, b.v)
}

// Output:
// main done 3 999
// b.v at exit: 5
// *p at exit: 3
