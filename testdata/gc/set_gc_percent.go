package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetGCPercent(20))
	fmt.Println(debug.SetGCPercent(-1))
	fmt.Println(debug.SetGCPercent(100))
	s := []string{}
	for i := 0; i < 1000; i++ {
		s = append(s, fmt.Sprint(i))
	}
	fmt.Println(len(s), s[999])
}

// Output:
// 100
// 20
// -1
// 1000 999
