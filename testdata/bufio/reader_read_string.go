package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("alpha;beta;;gamma"))
	for {
		s, err := r.ReadString(';')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("0123456789", 5)+"\nrest"), 16)
	fmt.Println(r.Size())
	line, err := r.ReadString('\n')
	fmt.Println(len(line), err)
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v %v\n", b, err, err == io.EOF)

	r = bufio.NewReader(strings.NewReader("k=v\n"))
	s, err := r.ReadSlice('=')
	fmt.Printf("%q %v\n", s, err)
}

// Output:
// "alpha;" <nil>
// "beta;" <nil>
// ";" <nil>
// "gamma" EOF
// 16
// 51 <nil>
// "rest" EOF true
// "k=" <nil>
