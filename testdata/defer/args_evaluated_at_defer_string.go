package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "hello"
	defer fmt.Println("s was:", s)
	defer fmt.Println("upper was:", strings.ToUpper(s))
	s += " world"
	defer fmt.Println("s then:", s, len(s))
	s = "changed"
	fmt.Println("s now:", s)
}

// Output:
// s now: changed
// s then: hello world 11
// upper was: HELLO
// s was: hello
