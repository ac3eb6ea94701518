package main

import "fmt"

func main() {
	s := "go\"sub\n"
	fmt.Printf("%s|%q|%x|%X\n", "hi", s, "hi", "hi")
	fmt.Printf("[%6s][%-6s][%.2s]\n", "ab", "ab", "abcdef")
	fmt.Printf("%t %v %T %T %T\n", true, false, 1, "s", 2.0)
	fmt.Printf("100%%\n")
}

// Output:
// hi|"go\"sub\n"|6869|6869
// [    ab][ab    ][ab]
// true false int string float64
// 100%
