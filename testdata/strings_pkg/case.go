package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ToUpper("Gopher"), strings.ToLower("Gopher"))
	fmt.Println(strings.ToUpper("hello, wörld! ǆ ß ﬀ"), strings.ToLower("HELLO, WÖRLD! ǅ Σ İ"))
	fmt.Println(strings.ToTitle("loud noises ǆ"), strings.ToUpper(""), strings.ToLower("123"))
	fmt.Println(strings.ToUpper("ὀδυσσεύς"), strings.ToLower("ΟΔΥΣΣΕΎΣ"))
	fmt.Println(strings.ToUpper("привет мир"), strings.ToLower("ПРИВЕТ"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Ga"), strings.EqualFold("", ""))
	fmt.Println(strings.EqualFold("σ", "Σ"), strings.EqualFold("ς", "Σ"), strings.EqualFold("k", "\u212a"))
	fmt.Println(strings.EqualFold("ß", "ẞ"), strings.EqualFold("abc", "abcd"), strings.EqualFold("ǅ", "ǆ"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	drop := func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}
	fmt.Println(strings.Map(drop, "a b\tc é"))
	fmt.Println(strings.Title("her royal highness"))
}

// Output:
// GOPHER gopher
// HELLO, WÖRLD! Ǆ ß ﬀ hello, wörld! ǆ σ i
// LOUD NOISES ǅ  123
// ὈΔΥΣΣΕΎΣ οδυσσεύσ
// ПРИВЕТ МИР привет
// true false true
// true true true
// true false true
// 'Gjnf oevyyvt naq gur fyvgul tbcure...
// ABCÉ
// Her Royal Highness
