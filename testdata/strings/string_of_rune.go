package main

import "fmt"

func main() {
	var r rune = 0x4e16
	fmt.Println(string(r), string(rune(65)), len(string(r)))
}

// Output:
// 世 A 3
