package main

import "fmt"

func main() {
	a := []int{10, 20, 30}
	i := 0
	i, a[i] = 1, 99 // a[0] is assigned: the index was evaluated first
	fmt.Println(i, a)
	a[0], a[1], a[2] = a[2], a[0], a[1]
	fmt.Println(a)
	a[i] += 5
	a[len(a)-1]++
	fmt.Println(a)
}

// Output:
// 1 [99 20 30]
// [30 99 20]
// [30 104 21]
