package main

import "fmt"

func handle() {
	if r := recover(); r != nil {
		fmt.Println("handle recovered:", r)
	}
}

func task(n int) {
	defer handle()
	fmt.Println("task", n)
	if n%2 == 1 {
		panic(fmt.Sprintf("odd task %d", n))
	}
}

func main() {
	for i := 0; i < 4; i++ {
		task(i)
	}
	fmt.Println("all tasks done")
}

// Output:
// task 0
// task 1
// handle recovered: odd task 1
// task 2
// task 3
// handle recovered: odd task 3
// all tasks done
