package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3))
	n := -1
	fmt.Println(strings.Repeat("ab", n))
}

// Output:
// ababab
//
// Stderr:
// panic: strings: negative Repeat count
//
// goroutine 1 [running]:
//
// Exit: 2
