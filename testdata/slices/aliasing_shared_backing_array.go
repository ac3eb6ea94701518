package main

import "fmt"

func main() {
	base := make([]int, 5, 8)
	for i := range base {
		base[i] = i * 10
	}
	view := base[1:3]
	view[0] = -1
	fmt.Println(base, view, len(view), cap(view))
	// Appending within capacity writes into the shared array.
	view = append(view, 99)
	fmt.Println(base, view)
	// Appending past capacity copies: the two no longer alias.
	grown := append(base, 1, 2, 3, 4)
	grown[0] = 1000
	fmt.Println(base[0], grown[0], len(grown), cap(grown))
}

// Output:
// [0 -1 20 30 40] [-1 20] 2 7
// [0 -1 20 99 40] [-1 20 99]
// 0 1000 9 16
