package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

func main() {
	fmt.Println(bufio.MaxScanTokenSize)
	sc := bufio.NewScanner(strings.NewReader("short\nthis line is far too long\nnever seen\n"))
	sc.Buffer(make([]byte, 0, 4), 10)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))

	// A line longer than the default initial buffer but under the limit.
	long := strings.Repeat("abcdefgh", 1000)
	sc = bufio.NewScanner(strings.NewReader(long + "\nend"))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
}

// Output:
// 65536
// "short"
// bufio.Scanner: token too long true
// 8000
// 3
// <nil>
