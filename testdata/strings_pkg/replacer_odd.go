package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("before")
	r := strings.NewReplacer("a", "b", "c")
	fmt.Println(r.Replace("abc"))
}

// Output:
// before
//
// Stderr:
// panic: strings.NewReplacer: odd argument count
//
// goroutine 1 [running]:
//
// Exit: 2
