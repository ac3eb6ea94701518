package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\npong\n")), bufio.NewWriter(&sb))
	for {
		line, err := rw.ReadString('\n')
		if err != nil {
			break
		}
		fmt.Fprintf(rw, "got %s", line)
	}
	fmt.Printf("%q\n", sb.String())
	rw.Flush()
	fmt.Printf("%q\n", sb.String())

	var w io.Writer = os.Stdout
	_, isSW := w.(io.StringWriter)
	_, isRW := w.(io.ReadWriter)
	_, isCloser := w.(io.Closer)
	var br io.Reader = bufio.NewReader(os.Stdin)
	_, isBS := br.(io.ByteScanner)
	_, isRS := br.(io.RuneScanner)
	_, isWT := br.(io.WriterTo)
	fmt.Println(isSW, isRW, isCloser, isBS, isRS, isWT)

	bw := bufio.NewWriter(os.Stdout)
	n, err := bw.ReadFrom(strings.NewReader("read from a reader\n"))
	fmt.Println(bw.Buffered(), n, err)
	bw.Flush()
}

// Output:
// ""
// "got ping\ngot pong\n"
// true true true true true true
// read from a reader
// 0 19 <nil>
