package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 0))
	fmt.Println(strings.Replace("oink", "x", "y", -1))
	fmt.Printf("%q\n", strings.Replace("héllo", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("héllo", "", "-", 3))
	fmt.Printf("%q\n", strings.Replace("", "", "+", -1))
	fmt.Printf("%q\n", strings.Replace("aaaa", "aa", "b", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "b", "", -1))
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Println("ba" + strings.Repeat("na", 2))
	fmt.Printf("%q %q %q\n", strings.Repeat("x", 0), strings.Repeat("", 5), strings.Repeat("ab", 1))
	fmt.Println(len(strings.Repeat("0123456789", 1000)))
}

// Output:
// oinky oinky oink
// moo moo moo
// oink oink oink
// oink
// "-h-é-l-l-o-"
// "-h-é-llo"
// "+"
// "bb"
// "ac"
// moo moo moo
// banana
// "" "" "ab"
// 10000
