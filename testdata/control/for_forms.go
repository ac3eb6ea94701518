package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	n := 1
	for n < 100 {
		n *= 2
	}
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(sum, n, k)
}

// Output:
// 45 128 5
