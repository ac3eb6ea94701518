package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 3)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	var empty []int
	fmt.Println(copy(empty, s), copy(s, empty))
}

// Output:
// 4 [1 2 1 2 3 4]
// 4 [3 4 5 6 5 6]
// 3 [104 195 169]
// 0 0
