package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	P    Point
}

func main() {
	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "a"}
	grid[Point{3, 4}] = "b"
	fmt.Println(grid[Point{1, 2}], grid[Point{0, 0}], grid[Point{9, 9}] == "", len(grid))
	fmt.Println(grid)
	k := map[Key]int{}
	k[Key{"x", Point{1, 1}}] = 1
	k[Key{"x", Point{1, 1}}] += 5
	k[Key{"y", Point{1, 1}}] = 2
	fmt.Println(k, len(k))
	pk := map[*Point]int{}
	p1, p2 := &Point{1, 1}, &Point{1, 1}
	pk[p1] = 1
	pk[p2] = 2
	pk[p1]++
	fmt.Println(len(pk), pk[p1], pk[p2])
}

// Output:
// a origin true 3
// map[{0 0}:origin {1 2}:a {3 4}:b]
// map[{x {1 1}}:6 {y {1 1}}:2] 2
// 2 2 2
