package main

import "fmt"

func level3() {
	fmt.Println("level3 start")
	panic("deep problem")
}

func level2() {
	defer fmt.Println("level2 deferred")
	level3()
	fmt.Println("level2 end (not reached)")
}

func level1() {
	defer func() {
		fmt.Println("level1 recovered:", recover())
	}()
	level2()
	fmt.Println("level1 end (not reached)")
}

func main() {
	fmt.Println("main start")
	level1()
	fmt.Println("main continues after level1")
	level1()
	fmt.Println("main end")
}

// Output:
// main start
// level3 start
// level2 deferred
// level1 recovered: deep problem
// main continues after level1
// level3 start
// level2 deferred
// level1 recovered: deep problem
// main end
