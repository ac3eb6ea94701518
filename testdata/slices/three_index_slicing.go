package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s)
	t = append(t, 200) // exceeds cap 3: reallocates, s unchanged
	fmt.Println(s, t)
	u := s[:0:0]
	fmt.Println(len(u), cap(u), u == nil)
	fmt.Println(s[:], s[5:], s[:3])
}

// Output:
// [2 3] 2 3
// [0 1 2 3 100 5 6 7]
// [0 1 2 3 100 5 6 7] [2 3 100 200]
// 0 0 false
// [0 1 2 3 100 5 6 7] [5 6 7] [0 1 2]
