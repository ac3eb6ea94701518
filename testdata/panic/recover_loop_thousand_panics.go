package main

import "fmt"

func attempt(i int) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if r.(int) != i {
				fmt.Println("wrong value", r)
			}
			ok = false
		}
	}()
	if i%3 != 0 {
		panic(i)
	}
	return true
}

func main() {
	recovered, succeeded := 0, 0
	for i := 0; i < 1000; i++ {
		if attempt(i) {
			succeeded++
		} else {
			recovered++
		}
	}
	fmt.Println("recovered:", recovered, "succeeded:", succeeded)

	count := 0
	for i := 0; i < 1000; i++ {
		func() {
			defer func() {
				if recover() != nil {
					count++
				}
			}()
			var m map[int]int
			m[i] = i
		}()
	}
	fmt.Println("runtime errors recovered:", count)
}

// Output:
// recovered: 666 succeeded: 334
// runtime errors recovered: 1000
