package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasPrefix("golang", "C"), strings.HasPrefix("golang", ""))
	fmt.Println(strings.HasSuffix("Amigo", "go"), strings.HasSuffix("Amigo", "O"), strings.HasSuffix("Amigo", ""))
	fmt.Printf("%q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.Trim("  xx  ", " "))
	fmt.Printf("%q\n", strings.Trim("abc", ""))
	fmt.Printf("%q\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimLeft("aaabbbccc", "ab"))
	fmt.Printf("%q\n", strings.TrimRight("aaabbbccc", "bc"))
	fmt.Printf("%q\n", strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Hello, "))
	fmt.Printf("%q\n", strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Howdy, "))
	fmt.Printf("%q\n", strings.TrimSuffix("Hello, Gophers!!!", ", Gophers!!!"))
	fmt.Printf("%q\n", strings.TrimSuffix("Hello", "x"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u2003 wide\u3000\u0085"))
	fmt.Printf("%q\n", strings.TrimSpace("   "))
	fmt.Printf("%q\n", strings.TrimSpace(" \xff x \xfe "))
	fmt.Printf("%q\n", strings.TrimSpace("nothing"))
}

// Output:
// true false true
// true false true
// "Hello, Gophers"
// "xx"
// "abc"
// "Hello, Gophers!!!"
// "¡¡¡Hello, Gophers"
// "ccc"
// "aaa"
// "Gophers!!!"
// "¡¡¡Hello, Gophers!!!"
// "Hello"
// "Hello"
// "abc"
// "abc456"
// "123abc"
// "Hello, Gophers"
// "wide"
// ""
// "\xff x \xfe"
// "nothing"
