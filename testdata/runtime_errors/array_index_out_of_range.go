package main

import "fmt"

func main() {
	var grid [3][4]int
	i, j := 2, 4
	grid[i][j-1] = 1
	fmt.Println(grid)
	grid[i][j] = 2
}

// Output:
// [[0 0 0 0] [0 0 0 0] [0 0 0 1]]
//
// Stderr:
// panic: runtime error: index out of range [4] with length 4
//
// goroutine 1 [running]:
//
// Exit: 2
