package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", world"
	fmt.Println(t, len(t), t[0], t[len(t)-1])
	fmt.Println(s < t, s == "hello", s != t)
}

// Output:
// hello, world 12 104 100
// true true true
