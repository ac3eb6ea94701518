package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

func f() []byte { return debug.Stack() }

func main() {
	lines := strings.Split(string(f()), "\n")
	fmt.Println(lines[0])
	fmt.Println(strings.HasSuffix(lines[1], "debug.Stack()"), strings.HasPrefix(lines[3], "main.f("), lines[5])
	debug.PrintStack()
}

// Output:
// goroutine 1 [running]:
// true true main.main()
//
// Stderr:
// goroutine 1 [running]:
