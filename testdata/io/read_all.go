package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunky returns its data a few bytes per Read, then a custom error.
type chunky struct {
	data string
	err  error
}

func (c *chunky) Read(p []byte) (int, error) {
	if c.data == "" {
		return 0, c.err
	}
	n := copy(p, c.data[:min(3, len(c.data))])
	c.data = c.data[n:]
	return n, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func main() {
	b, err := io.ReadAll(strings.NewReader("hello, reader"))
	fmt.Printf("%q %v\n", b, err)

	big, err := io.ReadAll(strings.NewReader(strings.Repeat("x", 1000)))
	fmt.Println(len(big), err)

	b, err = io.ReadAll(&chunky{"abcdefgh", io.EOF})
	fmt.Printf("%q %v\n", b, err)

	boom := errors.New("boom")
	b, err = io.ReadAll(&chunky{"partial", boom})
	fmt.Printf("%q %v %v\n", b, err, err == boom)

	b, err = io.ReadAll(strings.NewReader(""))
	fmt.Println(len(b), b != nil, err)
}

// Output:
// "hello, reader" <nil>
// 1000 <nil>
// "abcdefgh" <nil>
// "partial" boom true
// 0 true <nil>
