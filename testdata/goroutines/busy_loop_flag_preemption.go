package main

import "fmt"

var done bool
var result int

func main() {
	go func() {
		s := 0
		for i := 1; i <= 100; i++ {
			s += i
		}
		result = s
		done = true
	}()
	for !done {
	}
	fmt.Println("result:", result)
}

// Output:
// result: 5050
