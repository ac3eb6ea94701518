package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	fmt.Println(io.EOF, "|", io.ErrUnexpectedEOF, "|", io.ErrShortWrite, "|", io.ErrShortBuffer)

	r := strings.NewReader("abcdef")
	buf := make([]byte, 4)
	n, err := io.ReadFull(r, buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = io.ReadFull(r, buf)
	fmt.Printf("%d %v %q %v\n", n, err, buf[:n], err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(r, buf)
	fmt.Printf("%d %v %v\n", n, err, errors.Is(err, io.EOF))

	n, err = io.ReadAtLeast(strings.NewReader("xyz"), make([]byte, 2), 3)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("xyz"), make([]byte, 8), 2)
	fmt.Println(n, err)
}

// Output:
// EOF | unexpected EOF | short write | short buffer
// 4 <nil> "abcd"
// 2 unexpected EOF "ef" true
// 0 EOF true
// 0 short buffer
// 3 <nil>
