package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	last := -1
	for i := 0; i < 2000; i++ {
		b.WriteString("xyz")
		if b.Cap() != last {
			last = b.Cap()
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var c strings.Builder
	c.Grow(5)
	c.WriteByte('a')
	fmt.Println(c.Cap(), c.Len(), c.String())
	c.Grow(100)
	fmt.Println(c.Cap())
}

// Output:
// 8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 6912 
// 5 1 a
// 110
