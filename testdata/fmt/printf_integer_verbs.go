package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%x|%X|%#x|%#o\n", n, n, n, n, n, n, n)
	fmt.Printf("%5d|%-5d|%05d|%+d|% d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%x %d\n", -255, -7)
	fmt.Printf("%c %U %q\n", 'G', 'G', 'G')
}

// Output:
// 255|11111111|377|ff|FF|0xff|0377
//    42|42   |00042|+42| 42
// -ff -7
// G U+0047 'G'
