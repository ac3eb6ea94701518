package main

import "fmt"

type Matrix [3][3]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func (m *Matrix) Transpose() {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := Matrix{{1}, {1: 1}, {2: 1}}
	fmt.Println(a.Mul(id) == a, id)
	b := a
	b.Transpose()
	fmt.Println(a, b)
	fmt.Println(a.Mul(b))
	rows := a[1:]
	rows[0][0] = 100
	fmt.Println(a[1], len(rows), cap(rows))
	for i, row := range a {
		row[0] = -1
		fmt.Print(i, row, " ")
	}
	fmt.Println(a[0][0])
	for i := range a {
		a[i][i] = 0
	}
	fmt.Println(a)
	var grid [2][3]string
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = fmt.Sprintf("%c%d", 'a'+i, j)
		}
	}
	fmt.Printf("%v %q %d\n", grid, grid[1], len(grid[0]))
	pa := &grid
	pa[0][0] = "X"
	fmt.Println(grid[0][0], len(pa))
	for i, v := range pa {
		fmt.Print(i, v)
	}
	fmt.Println()
}

// Output:
// true [[1 0 0] [0 1 0] [0 0 1]]
// [[1 2 3] [4 5 6] [7 8 9]] [[1 4 7] [2 5 8] [3 6 9]]
// [[14 32 50] [32 77 122] [50 122 194]]
// [100 5 6] 2 2
// 0 [-1 2 3] 1 [-1 5 6] 2 [-1 8 9] 1
// [[0 2 3] [100 0 6] [7 8 0]]
// [[a0 a1 a2] [b0 b1 b2]] ["b0" "b1" "b2"] 3
// X 2
// 0 [X a1 a2]1 [b0 b1 b2]
