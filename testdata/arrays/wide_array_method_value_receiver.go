package main

import "fmt"

type Board [20][20]int

func (b Board) Count(v int) int {
	n := 0
	for _, row := range b {
		for _, c := range row {
			if c == v {
				n++
			}
		}
	}
	b[0][0] = -1 // a copy: the caller's board is unchanged
	return n
}

func (b Board) With(x, y, v int) Board {
	b[x][y] = v
	return b
}

func (b *Board) Set(x, y, v int) { b[x][y] = v }

type Game struct {
	name  string
	board Board
}

func main() {
	var b Board
	b.Set(1, 1, 5)
	c := b.With(2, 2, 5)
	fmt.Println(b.Count(5), c.Count(5), b[0][0], b[2][2])
	pb := &c
	fmt.Println(pb.Count(5), pb.With(3, 3, 5).Count(5), c[3][3])
	g := Game{name: "g"}
	g.board = c
	g.board.Set(4, 4, 5)
	fmt.Println(g.board.Count(5), c.Count(5))
	pg := &g
	fmt.Println(pg.board.Count(5))
}

// Output:
// 1 2 0 0
// 2 3 0
// 3 2
// 3
