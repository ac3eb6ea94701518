package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{0, 'a', 0x7F, 0x80, 'é', 0x7FF, 0x800, '世', 0xD800, 0xDFFF, 0xFFFF, 0x10000, 0x1F600, utf8.MaxRune, utf8.MaxRune + 1, -1} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%#x len=%d enc=% x valid=%v\n", r, utf8.RuneLen(r), buf[:n], utf8.ValidRune(r))
	}
	var b []byte
	b = utf8.AppendRune(b, 'x')
	b = utf8.AppendRune(b, 'ö')
	b = utf8.AppendRune(b, 0x1F600)
	b = utf8.AppendRune(b, 0xD801)
	fmt.Printf("%q %d\n", string(b), len(b))
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0xBF), utf8.RuneStart(0xE4))
}

// Output:
// 0x0 len=1 enc=00 valid=true
// 0x61 len=1 enc=61 valid=true
// 0x7f len=1 enc=7f valid=true
// 0x80 len=2 enc=c2 80 valid=true
// 0xe9 len=2 enc=c3 a9 valid=true
// 0x7ff len=2 enc=df bf valid=true
// 0x800 len=3 enc=e0 a0 80 valid=true
// 0x4e16 len=3 enc=e4 b8 96 valid=true
// 0xd800 len=-1 enc=ef bf bd valid=false
// 0xdfff len=-1 enc=ef bf bd valid=false
// 0xffff len=3 enc=ef bf bf valid=true
// 0x10000 len=4 enc=f0 90 80 80 valid=true
// 0x1f600 len=4 enc=f0 9f 98 80 valid=true
// 0x10ffff len=4 enc=f4 8f bf bf valid=true
// 0x110000 len=-1 enc=ef bf bd valid=false
// -0x1 len=-1 enc=ef bf bd valid=false
// "xö😀�" 10
// true false true
