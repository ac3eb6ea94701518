package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	n, err := io.Discard.Write([]byte("12345"))
	fmt.Println(n, err)
	n, err = io.WriteString(io.Discard, "abc")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(io.Discard, "%d-%s\n", 42, "x")
	fmt.Println(n, err)
	c, err := io.Copy(io.Discard, strings.NewReader(strings.Repeat("z", 10000)))
	fmt.Println(c, err)
}

// Output:
// 5 <nil>
// 3 <nil>
// 5 <nil>
// 10000 <nil>
