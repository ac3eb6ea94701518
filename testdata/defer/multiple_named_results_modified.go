package main

import "fmt"

func divmod(a, b int) (q, r int, ok bool) {
	defer func() {
		if e := recover(); e != nil {
			q, r, ok = 0, 0, false
			return
		}
		ok = true
		q, r = q*10, r*10
	}()
	return a / b, a % b, false
}

func swap(a, b string) (x, y string) {
	defer func() { x, y = y, x }()
	return a, b
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(1, 0))
	fmt.Println(swap("left", "right"))
}

// Output:
// 30 20 true
// 0 0 false
// right left
