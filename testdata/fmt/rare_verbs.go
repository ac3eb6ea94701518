package main

import "fmt"

func main() {
	var ip *int
	fmt.Printf("%08s|%#g|%b|%d\n", "ab", 1.0, 1.0, ip)
}

// Output:
// 000000ab|1.00000|4503599627370496p-52|0
