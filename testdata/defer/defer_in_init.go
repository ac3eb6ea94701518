package main

import "fmt"

var order []string

func init() {
	defer func() { order = append(order, "init 1 defer") }()
	order = append(order, "init 1 body")
}

func init() {
	defer fmt.Println("init 2 defer prints directly")
	defer func() {
		if r := recover(); r != nil {
			order = append(order, fmt.Sprint("init 2 recovered ", r))
		}
	}()
	order = append(order, "init 2 body")
	panic("in init")
}

func main() {
	for _, s := range order {
		fmt.Println(s)
	}
}

// Output:
// init 2 defer prints directly
// init 1 body
// init 1 defer
// init 2 body
// init 2 recovered in init
