package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("This is <b>HTML</b>!"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaa"))
	fmt.Println(strings.NewReplacer("aa", "2", "a", "1").Replace("aaa"))
	fmt.Println(strings.NewReplacer("a", "b", "b", "a").Replace("abba"))
	fmt.Printf("%q\n", strings.NewReplacer("", "X").Replace("ab"))
	fmt.Printf("%q\n", strings.NewReplacer("", "X", "a", "A").Replace("ab"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "A", "", "X").Replace("ab"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace(""))
	fmt.Printf("%q\n", strings.NewReplacer().Replace("same"))
	fmt.Printf("%q\n", strings.NewReplacer("hello", "bye", "world", "all").Replace("hello world, hello"))
	fmt.Printf("%q\n", strings.NewReplacer("x", "y", "x", "z").Replace("xx"))
	fmt.Printf("%q\n", strings.NewReplacer("é", "e", "ü", "u").Replace("résumé über"))
}

// Output:
// This is &lt;b&gt;HTML&lt;/b&gt;!
// 111
// 21
// baab
// "XaXbX"
// "XAXbX"
// "AXbX"
// "-"
// "same"
// "bye all, bye"
// "yy"
// "resume uber"
