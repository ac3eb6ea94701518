package main

import "fmt"

func main() {
	const r = 'a'
	fmt.Println(r, r+1, string(rune(r+1)))
	fmt.Printf("%c %q %U\n", r, r, r)
}

// Output:
// 97 98 b
// a 'a' U+0061
