package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a ")
	n, err := os.Stdout.Write([]byte("b "))
	fmt.Print("c ")
	m, err2 := os.Stdout.WriteString("d\n")
	fmt.Println(n, err, m, err2)
	os.Stderr.WriteString("to stderr\n")
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name(), os.Stdout.Fd())
	os.Stdout.WriteString("last")
	os.Exit(1)
}

// Output:
// a b c d
// 2 <nil> 2 <nil>
// /dev/stdout /dev/stderr /dev/stdin 1
// last
// <no newline>
//
// Stderr:
// to stderr
//
// Exit: 1
