package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("println first")
	fmt.Fprintln(os.Stdout, "fprintln to stdout", 1, true)
	fmt.Fprintf(os.Stderr, "warning: %s=%d\n", "x", 42)
	fmt.Fprint(os.Stdout, "no newline", " then ")
	fmt.Print("print\n")
	fmt.Fprint(os.Stderr, "second", " ", "stderr line\n")
	n, err := fmt.Fprintf(os.Stdout, "%03d\n", 7)
	fmt.Println(n, err)
}

// Output:
// println first
// fprintln to stdout 1 true
// no newline then print
// 007
// 4 <nil>
//
// Stderr:
// warning: x=42
// second stderr line
