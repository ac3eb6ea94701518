package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	n, err := b.WriteString("héllo")
	fmt.Println(n, err)
	b.WriteByte(' ')
	n, _ = b.WriteRune('世')
	fmt.Println(n)
	n, _ = b.WriteRune(-1)
	fmt.Println(n)
	b.Write([]byte("!?"))
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	for i := 0; i < 5; i++ {
		b.WriteString("ab")
	}
	fmt.Println(b.String())
}

// Output:
// 0 true
// 0 10
// 6 <nil>
// 3
// 3
// "héllo 世�!?" 15
// "" 0
// ababababab
