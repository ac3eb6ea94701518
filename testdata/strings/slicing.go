package main

import "fmt"

func main() {
	s := "gosub rocks"
	fmt.Println(s[0:5], s[6:], s[:2], s[3:3] == "")
}

// Output:
// gosub rocks go true
