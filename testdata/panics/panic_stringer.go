package main

import "fmt"

type S struct{ a, b int }

func (s S) String() string { return fmt.Sprintf("S<%d,%d>", s.a, s.b) }

func main() {
	panic(S{1, 2})
}

// Stderr:
// panic: S<1,2>
//
// goroutine 1 [running]:
//
// Exit: 2
