package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s[1:])
	p[0] = 20
	fmt.Println(s, *p, len(p))
	q := (*[4]int)(s)
	q[3] = 40
	fmt.Println(s, *q)
	var empty []int
	z := (*[0]int)(empty)
	fmt.Println(z == nil)
	b := []byte("hello")
	arr := *(*[3]byte)(b)
	b[0] = 'j'
	fmt.Println(string(arr[:]), string(b))
}

// Output:
// [1 20 3 4] [20 3] 2
// [1 20 3 40] [1 20 3 40]
// true
// hel jello
