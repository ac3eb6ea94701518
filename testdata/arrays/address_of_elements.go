package main

import "fmt"

type Board struct {
	Cells [3][3]rune
	Moves int
}

func (b *Board) Play(r, c int, who rune) {
	b.Cells[r][c] = who
	b.Moves++
}

func (b Board) String() string {
	s := ""
	for _, row := range b.Cells {
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

func main() {
	var b Board
	b.Play(0, 0, 'X')
	b.Play(1, 1, 'O')
	p := &b.Cells[2][2]
	*p = 'X'
	fmt.Print(b)
	fmt.Println(b.Moves)
	arr := [4]int{1, 2, 3, 4}
	ptrs := []*int{}
	for i := range arr {
		ptrs = append(ptrs, &arr[i])
	}
	*ptrs[3] = 40
	fmt.Println(arr, *ptrs[0])
	f := func() { arr[0] = -1 }
	f()
	fmt.Println(arr)
}

// Output:
// X..
// .O.
// ..X
// 2
// [1 2 3 40] 1
// [-1 2 3 40]
