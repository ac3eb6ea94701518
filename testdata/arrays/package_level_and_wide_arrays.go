package main

import "fmt"

var sieve [100]bool
var grid [3][3]int

type Stack struct {
	data [16]int
	n    int
}

func (s *Stack) Push(v int) { s.data[s.n] = v; s.n++ }
func (s *Stack) Pop() int   { s.n--; return s.data[s.n] }

func main() {
	for i := 2; i < 100; i++ {
		if !sieve[i] {
			for j := i * i; j < 100; j += i {
				sieve[j] = true
			}
		}
	}
	count := 0
	for i := 2; i < 100; i++ {
		if !sieve[i] {
			count++
		}
	}
	fmt.Println(count)
	grid[1][1] = 5
	g := grid
	g[0][0] = 1
	fmt.Println(grid, g)
	var st Stack
	st.Push(1)
	st.Push(2)
	fmt.Println(st.Pop(), st.Pop(), st.n)
	var big [200]int
	for i := range big {
		big[i] = i
	}
	s := big[10:15]
	fmt.Println(s, len(big))
	copyBig := big
	copyBig[0] = 99
	fmt.Println(big[0], copyBig[0])
	fmt.Println(sieve[2], sieve[4])
}

// Output:
// 25
// [[0 0 0] [0 5 0] [0 0 0]] [[1 0 0] [0 5 0] [0 0 0]]
// 2 1 0
// [10 11 12 13 14] 200
// 0 99
// false true
