package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("a\nb\n"))
	sc.Scan()
	fmt.Println(sc.Text())
	sc.Buffer(make([]byte, 10), 100)
}

// Output:
// a
//
// Stderr:
// panic: Buffer called after Scan
//
// goroutine 1 [running]:
//
// Exit: 2
