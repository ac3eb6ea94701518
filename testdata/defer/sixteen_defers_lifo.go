package main

import "fmt"

func p(s string) { fmt.Print(s, " ") }

func sixteen(early bool) {
	defer fmt.Println("|")
	defer p("a")
	defer p("b")
	defer p("c")
	defer p("d")
	defer p("e")
	defer p("f")
	defer p("g")
	defer p("h")
	if early {
		return
	}
	defer p("i")
	defer p("j")
	defer p("k")
	defer p("l")
	defer p("m")
	defer p("n")
	defer p("o")
}

func main() {
	sixteen(false)
	sixteen(true)
}

// Output:
// o n m l k j i h g f e d c b a |
// h g f e d c b a |
