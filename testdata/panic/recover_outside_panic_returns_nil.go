package main

import "fmt"

func helper() interface{} {
	return recover()
}

func main() {
	r := recover()
	fmt.Println("direct in main:", r, r == nil)
	fmt.Println("in helper:", helper())
	for i := 0; i < 3; i++ {
		if recover() != nil {
			fmt.Println("unexpected")
		}
	}
	fmt.Println("done")
}

// Output:
// direct in main: <nil> true
// in helper: <nil>
// done
