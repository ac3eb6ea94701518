package main

import "fmt"

type Big [300]int

func main() {
	s := make([][300]int, 2)
	s[1][5] = 9
	var a [300]int
	a[0] = 1
	s = append(s, a)
	a[0] = 2
	fmt.Println(len(s), s[1][5], s[2][0], a[0])
	total := 0
	for i, v := range s {
		total += v[0] + v[5] + i
	}
	fmt.Println(total)
	t := make([][300]int, 3)
	n := copy(t, s[1:])
	fmt.Println(n, t[0][5], t[1][0], t[2][0])
	bs := []Big{{1: 1}, {2: 2}}
	bs = append(bs, Big{3: 3}, Big{4: 4})
	x := bs[3]
	x[4]++
	fmt.Println(len(bs), bs[1][2], bs[3][4], x[4])
	bs[0] = bs[1]
	fmt.Println(bs[0][2], bs[0][1])
	p := &bs[2]
	p[3] = 33
	fmt.Println(bs[2][3], cap(bs) >= 4)
	for i := range bs {
		bs[i][0] = i
	}
	fmt.Println(bs[3][0], bs[0][2])
}

// Output:
// 3 9 1 2
// 13
// 2 9 1 0
// 4 2 4 5
// 2 0
// 33 true
// 3 2
