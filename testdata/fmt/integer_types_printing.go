package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(int8(-128), uint8(255), int16(-32768), uint16(65535))
	fmt.Println(int32(math.MinInt32), uint32(math.MaxUint32), int64(math.MinInt64), uint64(math.MaxUint64))
	fmt.Printf("%x %X %o %b\n", int8(-1), uint64(math.MaxUint64), int16(-8), int8(-5))
	fmt.Printf("%d %v %c\n", byte('A'), byte('A'), byte('A'))
	fmt.Printf("%v %d %q\n", 'A', rune(9731), rune(9731))
	fmt.Println([]byte("hi"), []rune("hé"))
	fmt.Printf("%s %v %x\n", []byte("hi"), []byte("hi"), []byte{1, 171})
	fmt.Printf("%08.3d|%.3d|%+.3d\n", 7, -7, 7)
	fmt.Printf("%#v %#v %#v\n", uint8(3), int64(-3), uintptr(10))
}

// Output:
// -128 255 -32768 65535
// -2147483648 4294967295 -9223372036854775808 18446744073709551615
// -1 FFFFFFFFFFFFFFFF -10 -101
// 65 65 A
// 65 9731 '☃'
// [104 105] [104 233]
// hi [104 105] 01ab
//      007|-007|+007
// 0x3 -3 0xa
