package main

import "fmt"

var x = initX()

func initX() int {
	fmt.Println("var init")
	return 1
}

func init() {
	fmt.Println("init 1", x)
	x++
}

func init() {
	fmt.Println("init 2", x)
}

func main() {
	fmt.Println("main", x)
}

// Output:
// var init
// init 1 1
// init 2 2
// main 2
