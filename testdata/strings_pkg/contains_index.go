package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "chicken, héllo, 世界"
	fmt.Println(strings.Contains(s, "ken"), strings.Contains(s, "dmr"), strings.Contains(s, ""), strings.Contains("", ""))
	fmt.Println(strings.ContainsRune(s, '世'), strings.ContainsRune(s, 'z'))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "zé"), strings.ContainsAny(s, ""))
	fmt.Println(strings.Index(s, "ken"), strings.Index(s, "界"), strings.Index(s, "x"), strings.Index(s, ""))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexByte(s, 'z'))
	fmt.Println(strings.IndexRune(s, 'é'), strings.IndexRune(s, '界'), strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune(s, -1))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"), strings.LastIndex("abc", ""))
	fmt.Println(strings.LastIndexByte("hello", 'l'), strings.LastIndexByte("hello", 'z'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.IndexAny("golang", "xz"), strings.IndexAny("日本語", "語"))
	fmt.Println(strings.LastIndexAny("go gopher", "go"), strings.LastIndexAny("go gopher", "ordent"), strings.LastIndexAny("go", ""))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("hello 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.LastIndexFunc("go 123", unicode.IsDigit), strings.LastIndexFunc("go", unicode.IsDigit))
}

// Output:
// true false true true
// true false
// false true false
// 4 20 -1 0
// 4 -1
// 10 20 1 -1
// 3 -1 3
// 3 -1
// 4 -1 6
// 4 8 -1
// 0 6
// 5 -1
