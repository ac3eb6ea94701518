package main

import (
	"fmt"
	"io"
	"strings"
)

// onlyWriter has no WriteString: io.WriteString converts to []byte.
type onlyWriter struct{ calls []string }

func (w *onlyWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, "Write("+string(p)+")")
	return len(p), nil
}

// stringWriter has both; io.WriteString must prefer WriteString.
type stringWriter struct{ onlyWriter }

func (w *stringWriter) WriteString(s string) (int, error) {
	w.calls = append(w.calls, "WriteString("+s+")")
	return len(s), nil
}

func main() {
	a := &onlyWriter{}
	n, err := io.WriteString(a, "héllo")
	fmt.Println(n, err, a.calls)

	b := &stringWriter{}
	n, err = io.WriteString(b, "abc")
	fmt.Println(n, err, b.calls)

	var sb strings.Builder
	var w io.Writer = &sb
	io.WriteString(w, "to a builder")
	_, ok := w.(io.StringWriter)
	fmt.Println(sb.String(), ok)
}

// Output:
// 6 <nil> [Write(héllo)]
// 3 <nil> [WriteString(abc)]
// to a builder true
