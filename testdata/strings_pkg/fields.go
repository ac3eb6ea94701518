package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("  foo bar  baz   "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields(" \t\n "))
	fmt.Printf("%q\n", strings.Fields("a\u00a0b\u2003c\u3000d\u0085e\u200bf"))
	fmt.Printf("%q\n", strings.Fields("x\xffy \xfe z"))
	fmt.Printf("%q\n", strings.Fields("日本 語"))
	f := func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", f))
	fmt.Printf("%q\n", strings.FieldsFunc("", f))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(len(strings.Fields("one two three four five")))
}

// Output:
// ["foo" "bar" "baz"]
// []
// []
// ["a" "b" "c" "d" "e\u200bf"]
// ["x\xffy" "\xfe" "z"]
// ["日本" "語"]
// ["foo1" "bar2" "baz3"]
// []
// ["a" "b" "c"]
// 5
