package main

import "fmt"

func nine() {
	defer fmt.Println(1)
	defer fmt.Println(2)
	defer fmt.Println(3)
	defer fmt.Println(4)
	defer fmt.Println(5)
	defer fmt.Println(6)
	defer fmt.Println(7)
	defer fmt.Println(8)
	defer fmt.Println(9)
	fmt.Println("nine: body")
}

func main() {
	nine()
	fmt.Println("done")
}

// Output:
// nine: body
// 9
// 8
// 7
// 6
// 5
// 4
// 3
// 2
// 1
// done
