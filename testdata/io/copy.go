package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// recorder counts Write calls.
type recorder struct {
	calls int
	data  []byte
}

func (r *recorder) Write(p []byte) (int, error) {
	r.calls++
	r.data = append(r.data, p...)
	return len(p), nil
}

// onlyReader hides strings.Reader's WriteTo so Copy uses a buffer.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func main() {
	n, err := io.Copy(os.Stdout, strings.NewReader("copied to stdout\n"))
	fmt.Println(n, err)

	rec := &recorder{}
	n, err = io.Copy(rec, onlyReader{strings.NewReader(strings.Repeat("ab", 20000))})
	fmt.Println(n, err, rec.calls, len(rec.data))

	rec = &recorder{}
	n, err = io.CopyN(rec, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, string(rec.data))
	n, err = io.CopyN(rec, strings.NewReader("01"), 4)
	fmt.Println(n, err, string(rec.data))

	buf := make([]byte, 3)
	rec = &recorder{}
	n, err = io.CopyBuffer(rec, onlyReader{strings.NewReader("abcdefgh")}, buf)
	fmt.Println(n, err, rec.calls, string(rec.data))
}

// Output:
// copied to stdout
// 17 <nil>
// 40000 <nil> 2 40000
// 4 <nil> 0123
// 2 EOF 012301
// 8 <nil> 3 abcdefgh
