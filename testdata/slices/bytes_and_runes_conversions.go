package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r))
	fmt.Println(b[:4], r[:4])
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[7] = '地'
	fmt.Println(string(r))
	fmt.Println(string([]byte{0xff, 'a'}) == "\xffa", []rune("\xffa"))
	fmt.Printf("%s %x %X %q\n", b[:6], b[:3], b[:3], b[:2])
	b = append(b, " more"...)
	fmt.Println(string(b))
	fmt.Println(string([]rune{-1, 0x10FFFF + 1, 65}))
}

// Output:
// 14 9
// [104 195 169 108] [104 233 108 108]
// Héllo, 世界 héllo, 世界
// héllo, 地界
// true [65533 97]
// Héllo 48c3a9 48C3A9 "H\xc3"
// Héllo, 世界 more
// ��A
