package main

import "fmt"

func work() (n int) {
	defer func() {
		r := recover()
		fmt.Printf("deferred recover: %v %T\n", r, r)
		n *= 2
	}()
	return 21
}

func main() {
	fmt.Println(work())
}

// Output:
// deferred recover: <nil> <nil>
// 42
