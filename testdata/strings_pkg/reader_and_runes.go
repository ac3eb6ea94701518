package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo")
	fmt.Println(r.Len(), r.Size())
	for {
		ch, size, err := r.ReadRune()
		if err == io.EOF {
			break
		}
		fmt.Print(string(ch), size, " ")
	}
	fmt.Println()
	r2 := strings.NewReader("abcdef")
	buf := make([]byte, 4)
	n, err := r2.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = r2.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = r2.Read(buf)
	fmt.Println(n, err)
	data, _ := io.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data))
}

// Output:
// 6 6
// h1 é2 l1 l1 o1 
// 4 <nil> abcd
// 2 <nil> ef
// 0 EOF
// all of it
