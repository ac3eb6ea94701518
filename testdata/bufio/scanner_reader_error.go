package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// failAfter yields its lines, then fails with err.
type failAfter struct {
	data string
	err  error
}

func (f *failAfter) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

// stuck never returns data or an error.
type stuck struct{}

func (*stuck) Read(p []byte) (int, error) { return 0, nil }

func main() {
	sc := bufio.NewScanner(&failAfter{"one\ntwo\npartial", errors.New("connection reset")})
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	sc = bufio.NewScanner(&stuck{})
	fmt.Println(sc.Scan(), sc.Err(), sc.Err() == io.ErrNoProgress)

	sc = bufio.NewScanner(&failAfter{"ends cleanly\n", io.EOF})
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())
}

// Output:
// "one"
// "two"
// "partial"
// err: connection reset
// false multiple Read calls return no data or error true
// "ends cleanly"
// err: <nil>
