package main

import "fmt"

func main() {
	dst := make([]int, 3)
	src := []int{1, 2, 3, 4}
	func() {
		defer copy(dst, src) // slices evaluated now, copy happens at exit
		src[0] = 100         // shared array: seen by the copy
		src = []int{9, 9, 9} // new header: not seen
		fmt.Println("inside, dst still", dst)
	}()
	fmt.Println("after, dst =", dst)
	b := make([]byte, 5)
	func() {
		defer copy(b, "hello")
		fmt.Println("inside, b =", string(b[:0]), len(b))
	}()
	fmt.Println("after, b =", string(b))
}

// Output:
// inside, dst still [0 0 0]
// after, dst = [100 2 3]
// inside, b =  5
// after, b = hello
