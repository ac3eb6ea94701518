package main

import "fmt"

type Cell struct {
	Alive bool
	N     int
}

const W, H = 5, 4

func main() {
	var grid [H][W]Cell
	glider := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}
	for _, p := range glider {
		grid[p[0]][p[1]].Alive = true
	}
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if dx == 0 && dy == 0 {
						continue
					}
					yy, xx := (y+dy+H)%H, (x+dx+W)%W
					if grid[yy][xx].Alive {
						grid[y][x].N++
					}
				}
			}
		}
	}
	var next [H][W]bool
	for y, row := range grid {
		for x, c := range row {
			next[y][x] = c.N == 3 || (c.Alive && c.N == 2)
		}
	}
	for _, row := range next {
		for _, a := range row {
			if a {
				fmt.Print("#")
			} else {
				fmt.Print(".")
			}
		}
		fmt.Println()
	}
	fmt.Println(len(grid), len(grid[0]), cap(grid[1][:2]))
	fmt.Println(grid[2][1])
	fmt.Printf("%v\n", grid[0])
}

// Output:
// .....
// #.#..
// .##..
// #.#..
// 4 5 5
// {true 3}
// [{false 1} {true 1} {false 2} {false 1} {false 0}]
