package main

import "fmt"

type Board [3][3]byte

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func (b *Board) Play(r, c int, p byte) bool {
	if b[r][c] != 0 {
		return false
	}
	b[r][c] = p
	return true
}

func (b Board) Winner() byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != 0 && a == b2 && b2 == c {
			return a
		}
	}
	return 0
}

func main() {
	var b Board
	moves := [][2]int{{1, 1}, {0, 0}, {0, 2}, {2, 0}, {1, 0}, {1, 2}, {0, 1}, {2, 1}, {2, 2}}
	players := [2]byte{'X', 'O'}
	for i, m := range moves {
		b.Play(m[0], m[1], players[i%2])
		if w := b.Winner(); w != 0 {
			fmt.Printf("winner %c after %d moves\n", w, i+1)
			break
		}
	}
	fmt.Print(b)
	fmt.Println(b.Play(1, 1, 'O'))
	history := map[string]Board{"final": b}
	snap := history["final"]
	snap[0][0] = 'Z'
	fmt.Println(history["final"][0][0] == 'O', snap[0][0] == 'Z')
	fmt.Println(history["final"] == b, snap == b)
}

// Output:
// OXX
// XXO
// OOX
// false
// true true
// true false
