package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "a\xffb\xc3\xa9\xe4\xb8"
	fmt.Printf("%q\n", strings.ToUpper(s))
	fmt.Printf("%q\n", strings.ToLower("A\xffB"))
	fmt.Printf("%q\n", strings.ToUpper("\xff"))
	fmt.Printf("%q\n", strings.Map(unicode.ToUpper, s))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "x\xfey"))
	fmt.Printf("%q\n", strings.Split("\xffé\xfe", ""))
	fmt.Printf("%q\n", strings.Fields("\xff \xfe"))
	fmt.Println(strings.Count("\xff\xfe", ""), strings.EqualFold("\xff", "\xfe"), strings.EqualFold("\xff", "\uFFFD"))
	fmt.Printf("%q\n", strings.Replace("\xff\xfe", "", "|", -1))
	fmt.Println(strings.IndexRune("ab\xff", utf8RuneError()), strings.ContainsRune("\uFFFD", 0xFFFD))
}

func utf8RuneError() rune { return '\uFFFD' }

// Output:
// "A�BÉ��"
// "a�b"
// "�"
// "A�BÉ��"
// "x�y"
// ["�" "é" "\xfe"]
// ["\xff" "\xfe"]
// 3 true true
// "|\xff|\xfe|"
// 2 true
