package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "Hello, 世界", "a\xffb", "\xed\xa0\x80", "\xf0\x9f\x98", "\xf0\x9f\x98\x80", "abcdefghijklmnop", "abcdefgh\x80"} {
		fmt.Printf("%q valid=%v/%v count=%d/%d full=%v\n", s, utf8.ValidString(s), utf8.Valid([]byte(s)),
			utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.FullRune([]byte(s)))
	}
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	fmt.Printf("%q %T\n", utf8.RuneError, utf8.RuneError)
}

// Output:
// "" valid=true/true count=0/0 full=false
// "Hello, 世界" valid=true/true count=9/9 full=true
// "a\xffb" valid=false/false count=3/3 full=true
// "\xed\xa0\x80" valid=false/false count=3/3 full=true
// "\xf0\x9f\x98" valid=false/false count=3/3 full=false
// "😀" valid=true/true count=1/1 full=true
// "abcdefghijklmnop" valid=true/true count=16/16 full=true
// "abcdefgh\x80" valid=false/false count=9/9 full=true
// 65533 4 128 1114111
// '�' int32
