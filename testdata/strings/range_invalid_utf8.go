package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8"
	for i, r := range s {
		fmt.Println(i, r)
	}
}

// Output:
// 0 97
// 1 65533
// 2 98
// 3 65533
// 4 65533
