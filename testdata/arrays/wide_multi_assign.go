package main

import (
	"errors"
	"fmt"
)

type Big [300]int

func get(n int) (Big, error) {
	var b Big
	b[n] = n
	if n > 5 {
		return b, errors.New("too big")
	}
	return b, nil
}

func two() (Big, Big) {
	var x, y Big
	x[0], y[0] = 1, 2
	return x, y
}

type Holder struct {
	B Big
}

func main() {
	s := make([]Big, 3)
	var err error
	s[1], err = get(3)
	fmt.Println(s[1][3], err)
	m := map[string]Big{}
	m["a"], err = get(7)
	fmt.Println(m["a"][7], err)
	var arr [2]Big
	arr[0], arr[1] = two()
	fmt.Println(arr[0][0], arr[1][0])
	h := &Holder{}
	h.B, err = get(2)
	fmt.Println(h.B[2], err)
	s[0], s[2] = two()
	fmt.Println(s[0][0], s[2][0])
	var x, y Big
	x, y = two()
	x, y = y, x
	fmt.Println(x[0], y[0])
}

// Output:
// 3 <nil>
// 7 too big
// 1 2
// 2 <nil>
// 1 2
// 2 1
