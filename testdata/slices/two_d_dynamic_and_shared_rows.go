package main

import "fmt"

func makeGrid(r, c int) [][]int {
	g := make([][]int, r)
	for i := range g {
		g[i] = make([]int, c)
	}
	return g
}

func main() {
	g := makeGrid(3, 4)
	for i := range g {
		for j := range g[i] {
			g[i][j] = i * j
		}
	}
	fmt.Println(g)
	row := make([]int, 2)
	shared := [][]int{row, row}
	shared[0][0] = 7
	fmt.Println(shared)
	tri := [][]int{}
	for i := 0; i < 5; i++ {
		r := make([]int, i+1)
		r[0], r[i] = 1, 1
		for j := 1; j < i; j++ {
			r[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, r)
	}
	for _, r := range tri {
		fmt.Println(r)
	}
	flat := []int{}
	for _, r := range tri {
		flat = append(flat, r...)
	}
	fmt.Println(len(flat), flat[len(flat)-3:])
}

// Output:
// [[0 0 0 0] [0 1 2 3] [0 2 4 6]]
// [[7 0] [7 0]]
// [1]
// [1 1]
// [1 2 1]
// [1 3 3 1]
// [1 4 6 4 1]
// 15 [6 4 1]
