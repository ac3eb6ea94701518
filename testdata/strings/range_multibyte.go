package main

import "fmt"

func main() {
	for i, r := range "héllo, 世界" {
		fmt.Println(i, r, string(r))
	}
}

// Output:
// 0 104 h
// 1 233 é
// 3 108 l
// 4 108 l
// 5 111 o
// 6 44 ,
// 7 32  
// 8 19990 世
// 11 30028 界
