package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x*1000), uint16(x*1000))
	var n int = -1
	fmt.Println(uint32(n), uint64(n))
}

// Output:
// 44 44 -27680 37856
// 4294967295 18446744073709551615
