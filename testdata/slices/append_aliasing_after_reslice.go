package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3] == b[3])
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	fmt.Println(c, d)
	x := []int{0, 1, 2, 3, 4}
	y := x[1:3]
	y = append(y, 99)
	fmt.Println(x, y, len(y), cap(y))
	z := x[1:3:3]
	z = append(z, 100)
	fmt.Println(x, z)
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s[:0], i)
	}
	fmt.Println(s)
	str := []string{"x"}
	str2 := str
	str = append(str, "y")
	str[0] = "changed"
	fmt.Println(str2, str)
}

// Output:
// [0 0 0 2] [0 0 0 2] true
// [1 2 3 4] [1 2 3 5]
// [0 1 2 99 4] [1 2 99] 3 4
// [0 1 2 99 4] [1 2 100]
// [2]
// [x] [changed y]
