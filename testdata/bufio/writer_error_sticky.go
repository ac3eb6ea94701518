package main

import (
	"bufio"
	"errors"
	"fmt"
)

type flaky struct {
	writes int
	okUpTo int
}

func (f *flaky) Write(p []byte) (int, error) {
	f.writes++
	if f.writes > f.okUpTo {
		return 1, errors.New("device gone")
	}
	fmt.Printf("sink got %q\n", p)
	return len(p), nil
}

func main() {
	f := &flaky{okUpTo: 1}
	w := bufio.NewWriterSize(f, 8)
	w.WriteString("12345678")
	w.WriteString("abc")
	fmt.Println(w.Buffered())
	err := w.Flush()
	fmt.Println("flush:", err, w.Buffered())
	n, err := w.WriteString("more")
	fmt.Println(n, err)
	fmt.Println(w.WriteByte('x'), w.Flush(), f.writes)

	w.Reset(&flaky{okUpTo: 5})
	w.WriteString("after reset\n")
	fmt.Println(w.Flush())
}

// Output:
// sink got "12345678"
// 3
// flush: device gone 2
// 0 device gone
// device gone device gone 2
// sink got "after re"
// sink got "set\n"
// <nil>
