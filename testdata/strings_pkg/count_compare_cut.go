package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("héllo", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.Count("", ""), strings.Count("abc", "abcd"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("a", "a"), strings.Compare("b", "a"), strings.Compare("", "a"))
	show := func(s, sep string) {
		before, after, found := strings.Cut(s, sep)
		fmt.Printf("Cut(%q, %q) = %q, %q, %v\n", s, sep, before, after, found)
	}
	show("Gopher", "Go")
	show("Gopher", "ph")
	show("Gopher", "er")
	show("Gopher", "Badger")
	show("k=v=w", "=")
	show("abc", "")
	fmt.Println(strings.Clone("copy me"), strings.Clone("") == "")
	fmt.Println(strings.ToValidUTF8("a\xffb\xc3(", "?"), strings.ToValidUTF8("ok", "?"))
}

// Output:
// 3 5 6 2
// 1 0
// -1 0 1 -1
// Cut("Gopher", "Go") = "", "pher", true
// Cut("Gopher", "ph") = "Go", "er", true
// Cut("Gopher", "er") = "Goph", "", true
// Cut("Gopher", "Badger") = "Gopher", "", false
// Cut("k=v=w", "=") = "k", "v=w", true
// Cut("abc", "") = "", "abc", true
// copy me true
// a?b?( ok
