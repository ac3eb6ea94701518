package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB)
}

// Output:
// 0 1 2 4
// 1024 1048576 1073741824
