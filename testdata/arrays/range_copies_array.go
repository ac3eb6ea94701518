package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	// range over an array ranges over a copy: writes during the loop are not seen.
	for i, v := range a {
		if i == 0 {
			a[1] = 100
			a[2] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println(a)
	// range over a pointer to an array reads it live.
	b := [3]int{1, 2, 3}
	for i, v := range &b {
		if i == 0 {
			b[2] = 300
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var count int
	for range a {
		count++
	}
	var np *[4]int
	for i := range np {
		count += i
	}
	fmt.Println(count, len(np))
}

// Output:
// 1 2 3 [1 100 200]
// 1 2 300 
// 9 4
