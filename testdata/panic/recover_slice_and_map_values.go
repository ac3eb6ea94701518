package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
			got := r.([]int)
			got[0] = 100
		}()
		panic(s)
	}()
	fmt.Println("shared backing array:", s)

	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		panic(map[string]int{"b": 2, "a": 1})
	}()

	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		panic([2]string{"x", "y"})
	}()
}

// Output:
// [1 2 3] []int
// shared backing array: [100 2 3]
// map[a:1 b:2] map[string]int
// [x y] [2]string
