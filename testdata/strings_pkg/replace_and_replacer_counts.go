package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.Replace(s, "", "-", -1))
	fmt.Println(strings.Replace(s, "", "-", 3))
	fmt.Println(strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Println(strings.Replace("héllo", "", "|", -1))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "X")
	fmt.Println(r3.Replace("ab"))
}

// Output:
// oinky oinky oink
// moo moo moo
// -o-i-n-k- -o-i-n-k- -o-i-n-k-
// -o-i-nk oink oink
// bb
// |h|é|l|l|o|
// &lt;a href="x&amp;y"&gt;
// 1111
// XaXbX
