package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "é", "世界", "\U0001F600!", "\xff", "\xc3", "\xc3(", "\xe4\xb8", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\x80", "\xef\xbf\xbd"}
	for _, s := range inputs {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		br, bn := utf8.DecodeRune([]byte(s))
		blr, bln := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q first=%U/%d last=%U/%d bytes=%U/%d %U/%d full=%v\n", s, r, n, lr, ln, br, bn, blr, bln, utf8.FullRuneInString(s))
	}
	s := "héllo, 世界"
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%c%d ", r, size)
		s = s[:len(s)-size]
	}
	fmt.Println()
	b := []byte("Hello, 世界")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
}

// Output:
// "" first=U+FFFD/0 last=U+FFFD/0 bytes=U+FFFD/0 U+FFFD/0 full=false
// "a" first=U+0061/1 last=U+0061/1 bytes=U+0061/1 U+0061/1 full=true
// "é" first=U+00E9/2 last=U+00E9/2 bytes=U+00E9/2 U+00E9/2 full=true
// "世界" first=U+4E16/3 last=U+754C/3 bytes=U+4E16/3 U+754C/3 full=true
// "😀!" first=U+1F600/4 last=U+0021/1 bytes=U+1F600/4 U+0021/1 full=true
// "\xff" first=U+FFFD/1 last=U+FFFD/1 bytes=U+FFFD/1 U+FFFD/1 full=true
// "\xc3" first=U+FFFD/1 last=U+FFFD/1 bytes=U+FFFD/1 U+FFFD/1 full=false
// "\xc3(" first=U+FFFD/1 last=U+0028/1 bytes=U+FFFD/1 U+0028/1 full=true
// "\xe4\xb8" first=U+FFFD/1 last=U+FFFD/1 bytes=U+FFFD/1 U+FFFD/1 full=false
// "\xed\xa0\x80" first=U+FFFD/1 last=U+FFFD/1 bytes=U+FFFD/1 U+FFFD/1 full=true
// "\xf4\x90\x80\x80" first=U+FFFD/1 last=U+FFFD/1 bytes=U+FFFD/1 U+FFFD/1 full=true
// "\xc0\x80" first=U+FFFD/1 last=U+FFFD/1 bytes=U+FFFD/1 U+FFFD/1 full=true
// "�" first=U+FFFD/3 last=U+FFFD/3 bytes=U+FFFD/3 U+FFFD/3 full=true
// 界3 世3  1 ,1 o1 l1 l1 é2 h1 
// H1 e1 l1 l1 o1 ,1  1 世3 界3 
