package main

import "fmt"

func f() (recovered bool) {
	defer func() {
		r := recover()
		fmt.Printf("r=%v type=%T isnil=%v\n", r, r, r == nil)
		recovered = true
	}()
	panic(nil)
}

func main() {
	fmt.Println("returned normally:", f())
	fmt.Println("main continues")
}

// Output:
// r=<nil> type=<nil> isnil=true
// returned normally: true
// main continues
