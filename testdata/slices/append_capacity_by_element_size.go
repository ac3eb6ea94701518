package main

import "fmt"

type P struct {
	A, B int64
	C    string
}

func main() {
	var a []int
	a = append(a, 1, 2, 3, 4, 5)
	fmt.Println(len(a), cap(a))
	b := append([]byte("hello"), " world!"...)
	fmt.Println(len(b), cap(b))
	var ps []P
	for i := 0; i < 10; i++ {
		ps = append(ps, P{})
		fmt.Print(cap(ps), " ")
	}
	fmt.Println()
	var s []string
	for i := 0; i < 10; i++ {
		s = append(s, "")
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	var bs []byte
	for i := 0; i < 40; i++ {
		bs = append(bs, 'x')
		fmt.Print(cap(bs), " ")
	}
	fmt.Println()
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	bb := []byte("héllo")
	fmt.Println(len(bb), cap(bb))
	x := make([]int, 0, 5)
	x = append(x, make([]int, 7)...)
	fmt.Println(cap(x))
	y := append([]int32(nil), make([]int32, 13)...)
	fmt.Println(cap(y))
	var i16 []int16
	for i := 0; i < 20; i++ {
		i16 = append(i16, 1)
		fmt.Print(cap(i16), " ")
	}
	fmt.Println()
	big := make([]int, 1000)
	big = append(big, 1)
	fmt.Println(cap(big))
	big2 := make([]int, 300)
	big2 = append(big2, 1)
	fmt.Println(cap(big2))
}

// Output:
// 5 6
// 12 16
// 1 2 4 4 8 8 8 8 16 16 
// 1 2 4 4 8 8 8 8 16 16 
// 8 8 8 8 8 8 8 8 16 16 16 16 16 16 16 16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 64 64 64 64 64 64 64 64 
// 5 5
// 6 6
// 10
// 16
// 4 4 4 4 8 8 8 8 16 16 16 16 16 16 16 16 32 32 32 32 
// 1536
// 608
