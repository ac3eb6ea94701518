package main

import "fmt"

func main() {
	s := []string{2: "two", 5: "five", "six"}
	fmt.Println(len(s), cap(s))
	fmt.Printf("%q\n", s)
	grid := [][]int{{1, 2}, {3}, {}}
	fmt.Println(grid, len(grid[2]))
	grid[1] = append(grid[1], 4)
	fmt.Println(grid)
	vals := []any{1, "a", 2.5, true, nil}
	fmt.Println(vals...)
	fmt.Println(vals)
}

// Output:
// 7 7
// ["" "" "two" "" "" "five" "six"]
// [[1 2] [3] []] 0
// [[1 2] [3 4] []]
// 1 a 2.5 true <nil>
// [1 a 2.5 true <nil>]
