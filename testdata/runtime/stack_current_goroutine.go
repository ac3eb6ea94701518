package main

import (
	"fmt"
	"runtime"
	"strings"
)

func inner() string {
	buf := make([]byte, 1024)
	n := runtime.Stack(buf, false)
	return string(buf[:n])
}

func main() {
	s := inner()
	lines := strings.Split(s, "\n")
	fmt.Println(lines[0])
	fmt.Println(strings.HasPrefix(lines[1], "main.inner("), strings.HasPrefix(lines[3], "main.main("))
	fmt.Println(strings.Contains(lines[2], "stack_current_goroutine.go:11"))
	// A short buffer gets the start of the trace.
	small := make([]byte, 10)
	n := runtime.Stack(small, false)
	fmt.Println(n, string(small[:n]))
}

// Output:
// goroutine 1 [running]:
// true true
// true
// 10 goroutine 
