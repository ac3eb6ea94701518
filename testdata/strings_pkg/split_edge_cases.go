package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n\nc  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Split("a--b--c", "--"))
	fmt.Println(len(strings.Split("", "")), strings.Join(nil, ","), strings.Join([]string{"x"}, ","))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
}

// Output:
// ["a" "b" "" "c" ""]
// [""]
// ["a" "b" "c"]
// ["h" "é" "l" "l" "o"]
// ["a" "b,c,d"]
// []
// ["a" "b" "c" "d"]
// ["a," "b," "c"]
// ["a," "b,c"]
// ["a" "b" "c"]
// []
// ["a" "b" "c"]
// 0  x
// key value=x true
// "novalue" "" false
