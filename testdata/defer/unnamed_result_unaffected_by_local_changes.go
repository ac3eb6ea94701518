package main

import "fmt"

func f() int {
	x := 1
	defer func() {
		x = 100
		fmt.Println("defer set x to", x)
	}()
	return x
}

func g() []int {
	s := []int{1, 2}
	defer func() {
		s[0] = 99       // visible: the returned slice shares the array
		s = []int{7, 7} // not visible: only the local changes
	}()
	return s
}

func h() *int {
	v := 5
	defer func() { v = 6 }()
	return &v
}

func main() {
	fmt.Println("f returned", f())
	fmt.Println("g returned", g())
	fmt.Println("h returned pointer to", *h())
}

// Output:
// defer set x to 100
// f returned 1
// g returned [99 2]
// h returned pointer to 6
