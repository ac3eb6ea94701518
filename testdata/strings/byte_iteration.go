package main

import "fmt"

func main() {
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
}

// Output:
// 104 195 169 108 108 111 
