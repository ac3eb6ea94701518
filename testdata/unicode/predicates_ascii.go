package main

import (
	"fmt"
	"unicode"
)

func set(name string, f func(rune) bool) {
	s := ""
	for r := rune(0x20); r < 0x7F; r++ {
		if f(r) {
			s += string(r)
		}
	}
	fmt.Printf("%-8s %q\n", name, s)
}

func main() {
	set("letter", unicode.IsLetter)
	set("digit", unicode.IsDigit)
	set("number", unicode.IsNumber)
	set("upper", unicode.IsUpper)
	set("lower", unicode.IsLower)
	set("punct", unicode.IsPunct)
	set("symbol", unicode.IsSymbol)
	set("space", unicode.IsSpace)
	set("graphic", unicode.IsGraphic)
	set("print", unicode.IsPrint)
	n := 0
	for r := rune(0); r < 0x80; r++ {
		if unicode.IsControl(r) {
			n++
		}
	}
	fmt.Println("controls:", n, unicode.IsSpace('\t'), unicode.IsSpace('\v'), unicode.IsControl('\n'))
}

// Output:
// letter   "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
// digit    "0123456789"
// number   "0123456789"
// upper    "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
// lower    "abcdefghijklmnopqrstuvwxyz"
// punct    "!\"#%&'()*,-./:;?@[\\]_{}"
// symbol   "$+<=>^`|~"
// space    " "
// graphic  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
// print    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
// controls: 33 true true true
