package main

import "fmt"

func main() {
	defer fmt.Println("outermost defer runs")
	defer func() {
		fmt.Println("defer panics while unwinding from runtime error")
		panic("cleanup panic")
	}()
	xs := []int{1, 2, 3}
	i := 5
	fmt.Println(xs[i])
}

// Output:
// defer panics while unwinding from runtime error
// outermost defer runs
//
// Stderr:
// panic: runtime error: index out of range [5] with length 3
// 	panic: cleanup panic
//
// goroutine 1 [running]:
//
// Exit: 2
