package main

import "fmt"

func main() {
	var counts [26]int
	for _, r := range "hello, world" {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	for i, n := range counts {
		if n > 0 {
			fmt.Printf("%c=%d ", 'a'+i, n)
		}
	}
	fmt.Println()
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	grid[2][3] += 100
	fmt.Println(grid, grid[2][3], len(grid[0]))
	row := grid[1]
	row[0] = -5
	fmt.Println(row, grid[1])
	k := 10
	fmt.Println(counts[k%26])
	fmt.Println(counts[k+20])
}

// Output:
// d=1 e=1 h=1 l=3 o=2 r=1 w=1 
// [[0 0 0 0] [0 1 2 3] [0 2 4 106]] 106 4
// [-5 1 2 3] [0 1 2 3]
// 0
//
// Stderr:
// panic: runtime error: index out of range [30] with length 26
//
// goroutine 1 [running]:
//
// Exit: 2
