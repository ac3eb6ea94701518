// Strings: a strings.Builder fed with strconv.Itoa, and s += t in a loop.
// bench: issue=3
// bench: runs=5
// bench: target time gosub/lua < 1.0
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 1000000; i++ {
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	out := b.String()
	fmt.Println(len(out))

	s := ""
	for i := 0; i < 20000; i++ {
		s += strconv.Itoa(i % 10)
	}
	fmt.Println(len(s), s[len(s)-10:])
}
