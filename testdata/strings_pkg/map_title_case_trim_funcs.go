package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, "a1b2c3"))
	fmt.Println(strings.ToUpper("héllo ß"), strings.ToLower("HÉLLO İ"), strings.ToTitle("go"))
	fmt.Println(strings.Title("hello wide world"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("  \txy ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimRight("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.Trim("  ", " "))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go.go", ".go"))
	fmt.Printf("%q\n", strings.TrimSpace("\t\n hi there \r\n\u00a0"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
}

// Output:
// Uryyb, Jbeyq!
// abc
// HÉLLO ß héllo i GO
// Hello Wide World
// "abc"
// "xy "
// "xxhi"
// "hixyx"
// ""
// "body" "a.go"
// "hi there"
// ababab true
