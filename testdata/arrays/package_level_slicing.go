package main

import (
	"fmt"
	"sort"
)

var counts [5]int
var names = [3]string{"c", "a", "b"}
var grid [2][3]int
var total = sum(names[:])

func sum(xs []string) int { return len(xs) }

func main() {
	counts[2] = 7
	counts[4]++
	s := counts[1:4]
	s[0] = 9
	fmt.Println(counts, s, len(counts), total)
	sort.Strings(names[:])
	fmt.Println(names, names[0])
	grid[1][2] = 5
	row := grid[1][:]
	row[0] = 1
	fmt.Println(grid, row)
	p := &counts
	p[0] = -1
	fmt.Println(counts == [5]int{-1, 9, 0, 0, 1}, *p)
	counts = [5]int{1, 2, 3, 4, 5}
	fmt.Println(counts, s)
	var buf [8]byte
	copy(buf[:], "hi")
	fmt.Println(string(buf[:2]))
}

// Output:
// [0 9 7 0 1] [9 7 0] 5 3
// [a b c] a
// [[0 0 0] [1 0 5]] [1 0 5]
// false [-1 9 7 0 1]
// [1 2 3 4 5] [2 3 4]
// hi
