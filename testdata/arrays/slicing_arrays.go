package main

import (
	"fmt"
	"sort"
)

func main() {
	arr := [6]int{5, 2, 9, 1, 7, 3}
	s := arr[1:4]
	s[0] = 20
	fmt.Println(arr, s, len(s), cap(s))
	s = append(s, 99)
	fmt.Println(arr, s)
	sort.Ints(arr[:])
	fmt.Println(arr)
	full := arr[:]
	full = append(full, 100)
	full[0] = -1
	fmt.Println(arr[0], full[0], len(full))
	p := &arr
	tail := p[4:]
	tail[1] = 77
	fmt.Println(arr, p[5], len(p))
	var buf [8]byte
	n := copy(buf[:], "gosub!")
	fmt.Println(n, string(buf[:n]), buf)
	three := arr[1:3:4]
	fmt.Println(three, len(three), cap(three))
}

// Output:
// [5 20 9 1 7 3] [20 9 1] 3 5
// [5 20 9 1 99 3] [20 9 1 99]
// [1 3 5 9 20 99]
// 1 -1 7
// [1 3 5 9 20 77] 77 6
// 6 gosub! [103 111 115 117 98 33 0 0]
// [3 5] 2 3
