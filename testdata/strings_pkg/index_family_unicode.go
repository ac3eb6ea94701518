package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "héllo, wörld"
	fmt.Println(strings.Index(s, "l"), strings.LastIndex(s, "l"), strings.IndexRune(s, 'ö'), strings.IndexByte(s, 'w'))
	fmt.Println(strings.IndexAny(s, "xyzö"), strings.LastIndexAny(s, "lh"), strings.IndexFunc(s, unicode.IsPunct))
	fmt.Println(strings.Index(s, ""), strings.LastIndex(s, ""), strings.Index("", "a"), strings.IndexRune(s, 'z'))
	fmt.Println(strings.ContainsRune(s, 'é'), strings.ContainsAny(s, ""), strings.Contains(s, ""), strings.Count(s, ""), strings.Count("cheese", "e"))
	fmt.Println(strings.LastIndexFunc(s, unicode.IsLetter), strings.IndexFunc("123", unicode.IsLetter))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("ß", "SS"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.HasPrefix(s, "hé"), strings.HasSuffix(s, "rld"), strings.HasPrefix(s, ""))
}

// Output:
// 3 12 9 8
// 9 12 6
// 0 14 -1 -1
// true false true 13 3
// 13 -1
// true false -1 1 0
// true true true
