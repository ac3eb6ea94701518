package main

import "fmt"

func sub(s []int, lo, hi int) (out []int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("sub(%d,%d): %v\n", lo, hi, r)
			out = nil
		}
	}()
	return s[lo:hi]
}

func main() {
	s := make([]int, 3, 5)
	fmt.Println(sub(s, 0, 3))
	fmt.Println(sub(s, 1, 5))
	fmt.Println(sub(s, 2, 6))
	fmt.Println(sub(s, 3, 1))
	fmt.Println(sub(s, -1, 2) == nil)
	str := "abc"
	n := 4
	func() {
		defer func() { fmt.Println("string:", recover()) }()
		fmt.Println(str[1:n])
	}()
	func() {
		defer func() { fmt.Println("3-index:", recover()) }()
		m := 6
		fmt.Println(s[0:1:m])
	}()
}

// Output:
// [0 0 0]
// [0 0 0 0]
// sub(2,6): runtime error: slice bounds out of range [:6] with capacity 5
// []
// sub(3,1): runtime error: slice bounds out of range [3:1]
// []
// sub(-1,2): runtime error: slice bounds out of range [-1:]
// true
// string: runtime error: slice bounds out of range [:4] with length 3
// 3-index: runtime error: slice bounds out of range [::6] with capacity 5
